/**
 * `npm run edit [-- --port N]`: the browser editor for staff at http://127.0.0.1:3000/edit (or port N).
 * It runs `next dev` with the editor's routes on this computer only (127.0.0.1); nothing of it is in `npm run build`.
 * `next dev` compiles each route on its first visit: the editor asks for its pages itself and says it is ready after.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { createTranslator } from 'next-intl';
import { EditorDataError, listAccounts } from '../lib/editor/auth';
import de from '../messages/de.json';
import en from '../messages/en.json';
import { recoverInterruptedPublish } from '../lib/editor/publish/recovery';
import { publishFolder } from '../lib/editor/publish/settings';

type Values = Record<string, string | number>;
const translators = [de, en].map((messages, index) =>
  createTranslator({ locale: index ? 'en' : 'de', messages, namespace: 'EditorStart' }),
);
/** Each message in German, then in English. */
const say = (key: 'starting' | 'ready' | 'portInUse' | 'noAccount', values: Values = {}, print = console.log) =>
  translators.forEach((t) => print(t(key, values)));

const flag = process.argv.indexOf('--port');
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.PORT ?? 3000));
// The pages every session starts with, compiled before the address is given out.
const firstPages = ['/edit/de', '/edit/de/new/page?key=start', '/edit/de/preview/pages/start'];

/** Whether this computer's 127.0.0.1 has the port free (0 asks the system for any free one). */
function isFree(candidate: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function start() {
  if (noAccountYet()) say('noAccount');
  if (!(await isFree(port))) {
    say('portInUse', { port, other: port + 1 }, console.error);
    process.exit(1);
  }
  say('starting');
  // A publish cut off when the editor last stopped (a crash, kill -9) leaves nothing half-done behind it.
  await recoverInterruptedPublish(publishFolder());
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const server = spawn(process.execPath, [next, 'dev', '--hostname', '127.0.0.1', '--port', String(port)], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, EPI_EDITOR: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  let origin: string | undefined;
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    const found = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(chunk.toString())?.[1];
    if (origin || !found) return;
    origin = found;
    warmUp(origin).then(() => say('ready', { address: `${origin}/edit` }));
  });
}

/** No one can sign in until someone adds an account (there are no default ones). */
function noAccountYet(): boolean {
  try {
    return listAccounts().length === 0;
  } catch (error) {
    if (!(error instanceof EditorDataError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

async function warmUp(origin: string) {
  for (const path of firstPages) await fetch(`${origin}${path}`).catch(() => undefined);
}

start();
