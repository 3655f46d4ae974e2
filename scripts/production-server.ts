import { spawn } from 'node:child_process';

/** `next start` on the last build, bound to 127.0.0.1 as in production, on a free port, in a process group of its own (`group`). */
export function startServer(): Promise<{ origin: string; group: number; stop: () => void }> {
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', '0'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      const origin = /Local:\s+(http:\/\/[\w.:-]+)/.exec(chunk.toString())?.[1];
      if (origin) resolve({ origin, group: server.pid!, stop: () => process.kill(-server.pid!) });
    });
    server.on('exit', (code) => reject(new Error(`next start exited with ${code}`)));
  });
}
