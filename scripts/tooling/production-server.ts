import { spawn } from 'node:child_process';

export interface RunningServer {
  origin: string;
  /** The process group of the server and everything it started. */
  group: number;
  /** Ends the server and everything it started; resolves once it has exited. */
  stop: () => Promise<void>;
}

/** `next start` on the last build of the project in `cwd` (default: this one), bound to 127.0.0.1 as in production, on a free port. */
export function startServer(cwd?: string): Promise<RunningServer> {
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', '0'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      // Already gone.
    }
    return exited;
  };
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      const origin = /Local:\s+(http:\/\/[\w.:-]+)/.exec(chunk.toString())?.[1];
      if (origin) resolve({ origin, group: server.pid!, stop });
    });
    server.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
  });
}
