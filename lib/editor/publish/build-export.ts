import { spawn } from 'node:child_process';

/** How much of the build's output a failed publish shows: the end, where the error is. */
const keptOutput = 40_000;

export interface ExportBuild {
  /** The build's process group (npm, next and its workers): killed as one. */
  group: number;
  /** Resolves when the build has ended, with its output; `ok` when it succeeded. */
  finished: Promise<{ ok: boolean; log: string }>;
  kill(): void;
}

/** The environment of the build: the editor's own settings (its Next mode, the Next server's variables) left out. */
export function buildEnvironment(contentRoot: string, environment = process.env): NodeJS.ProcessEnv {
  const built: Record<string, string | undefined> = {
    ...environment,
    CONTENT_ROOT: contentRoot,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const name of Object.keys(built))
    if (/^(__NEXT|NEXT_(?!TELEMETRY)|TURBOPACK|EPI_EDITOR$|NODE_ENV$|PORT$)/.test(name)) delete built[name];
  return built as NodeJS.ProcessEnv;
}

/** "Generating static pages using 2 workers (10/42)": pages done and in all. */
export function pagesDone(line: string): { done: number; total: number } | undefined {
  const match = /Generating static pages.*\((\d+)\/(\d+)\)/.exec(line);
  return match ? { done: Number(match[1]), total: Number(match[2]) } : undefined;
}

/**
 * `npm run build:static` of the project in `projectDir` on the content in `contentRoot`, as README and docs/deploy.md
 * tell, in a process group of its own; `onPages` hears the count of pages written.
 */
export function buildExport(
  projectDir: string,
  contentRoot: string,
  onPages: (pages: { done: number; total: number }) => void,
): ExportBuild {
  const child = spawn('npm', ['run', '--silent', 'build:static'], {
    cwd: projectDir,
    env: buildEnvironment(contentRoot),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString();
    log = (log + text).slice(-keptOutput);
    for (const line of text.split('\n')) {
      const pages = pagesDone(line);
      if (pages) onPages(pages);
    }
  };
  // An editor that stops (a restart, SIGTERM) ends its build; one that dies is cleaned up by recovery.
  const stop = () => killGroup(child.pid ?? 0);
  process.once('exit', stop);
  child.once('close', () => process.off('exit', stop));
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const finished = new Promise<{ ok: boolean; log: string }>((resolve) => {
    child.once('error', (error) => resolve({ ok: false, log: `${log}\n${error.message}` }));
    child.once('close', (code, signal) =>
      resolve({ ok: code === 0, log: code === 0 ? log : `${log}\n(${signal ?? code})` }),
    );
  });
  return { group: child.pid ?? 0, finished, kill: () => killGroup(child.pid ?? 0) };
}

export function killGroup(group: number): void {
  if (group <= 0) return;
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // Already ended.
  }
}
