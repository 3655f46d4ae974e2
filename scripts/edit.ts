/**
 * `npm run edit [-- --port N]`: the browser editor for staff at http://127.0.0.1:3000/edit.
 * It runs `next dev` with the editor's routes on this computer only (127.0.0.1); nothing of it is in `npm run build`.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const flag = process.argv.indexOf('--port');
const port = flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? '3000');
const next = createRequire(import.meta.url).resolve('next/dist/bin/next');

console.log(`Editor / editor: http://127.0.0.1:${port}/edit   (Strg+C / Ctrl+C beendet / stops)`);
const server = spawn(process.execPath, [next, 'dev', '--hostname', '127.0.0.1', '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, EPI_EDITOR: '1', NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
