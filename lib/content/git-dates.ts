import { execFileSync } from 'node:child_process';

/**
 * Date (YYYY-MM-DD) of the last commit that touched each content file, from
 * one `git log`. Empty outside a git checkout: callers fall back to nothing.
 */
export function lastCommitDates(projectDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'content'], {
      cwd: projectDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.trim().split('\n');
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
