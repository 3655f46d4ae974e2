import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** When each content file last changed, from git where it can tell and from the file system otherwise. */
export class FileHistory {
  private readonly committed = new Map<string, number>();
  private readonly uncommitted = new Set<string>();

  constructor(private readonly projectDir: string) {
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

  /** Milliseconds of the last change: an edit not yet committed counts from the file's own time. */
  lastChange(file: string): number {
    const time = this.committed.get(file);
    if (time !== undefined && !this.uncommitted.has(file)) return time;
    return fs.statSync(path.join(this.projectDir, file)).mtimeMs;
  }
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}
