import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Runs a fixed POSIX shell script with arguments, on this machine (`sh`) or on a web server (`ssh host sh`). Scripts
 * never contain input: each value is an argument (`"$1"` …). Standard input may be a stream (a tar of the release).
 */
export interface Shell {
  /** How a path on the shell's machine is written for people (`/srv/epi-site`, `web:/srv/epi-site`). */
  locate(folder: string): string;
  run(script: string, args: string[], input?: ChildProcess): Promise<string>;
}

/**
 * One argument for a POSIX shell, in single quotes (inside which nothing is special but the quote itself). Needed only
 * for ssh: it joins its arguments into one line that the server's shell reads again.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function execute(program: string, args: string[], input: ChildProcess | undefined, where: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    // A shell that ends early closes its input; its exit code says why, not the broken pipe.
    child.stdin?.on('error', () => undefined);
    if (input) input.stdout!.pipe(child.stdin!);
    let output = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${where}: exited with ${code}: ${errors.trim()}`)),
    );
  });
}

export const localShell = (): Shell => ({
  locate: (folder) => folder,
  run: (script, args, input) => execute('sh', ['-c', script, 'sh', ...args], input, 'sh'),
});

/** `program` is ssh, or a stand-in with its command line (DEPLOY_SSH, for tests). */
export const sshShell = (host: string, program = 'ssh'): Shell => ({
  locate: (folder) => `${host}:${folder}`,
  run: (script, args, input) =>
    execute(
      program,
      [host, ['sh', '-c', script, 'sh', ...args].map(shellQuote).join(' ')],
      input,
      `${program} ${host}`,
    ),
});
