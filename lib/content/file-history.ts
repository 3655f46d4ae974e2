import { execFileSync } from 'node:child_process';

/** When each content file was last committed, from one `git log` over the content folder. */
export class FileHistory {
  private readonly committed = new Map<string, number>();
  private readonly uncommitted = new Set<string>();

  constructor(projectDir: string) {
    const log = git(projectDir, ['log', '--format=%x00%ct', '--name-only', '--', 'content']);
    for (const commit of log?.split('\0').slice(1) ?? []) {
      const [seconds, ...files] = commit.trim().split('\n');
      for (const file of files) if (file && !this.committed.has(file)) this.committed.set(file, Number(seconds) * 1000);
    }
    const status = git(projectDir, ['status', '--porcelain', '--untracked-files=all', '--', 'content']);
    for (const line of status?.split('\n') ?? []) if (line.trim()) this.uncommitted.add(line.slice(3).trim());
  }

  /** Date of the file's last commit, YYYY-MM-DD; undefined for files git does not know. */
  commitDate(file: string): string | undefined {
    const time = this.committed.get(file);
    return time === undefined ? undefined : new Date(time).toISOString().slice(0, 10);
  }

  /** Milliseconds of the last commit of a file that has not changed since; undefined when only the file itself can tell. */
  committedChange(file: string): number | undefined {
    return this.uncommitted.has(file) ? undefined : this.committed.get(file);
  }
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
