/**
 * `npm run edit [-- --port N]`: the browser editor for staff at http://127.0.0.1:3000/edit (docs/deploy.md, "Editing
 * server"). A production build of the editor in its own folder (`.next-edit`), built when its code has changed, served
 * by `next start`; nothing of it is in `npm run build`. Settings: EDITOR_HOST, EDITOR_PORT, EDITOR_ORIGIN (README).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { createTranslator } from 'next-intl';
import { EditorDataError, listAccounts } from '../lib/editor/auth';
import { editorOrigin } from '../lib/editor-origin';
import de from '../messages/de.json';
import en from '../messages/en.json';
import { recoverInterruptedPublish } from '../lib/editor/publish/recovery';
import { publishFolder } from '../lib/editor/publish/settings';
import { buildEditor, isBuildCurrent, sourceStamp } from './editor-build';

type Message = keyof typeof de.EditorStart;
const translators = [de, en].map((messages, index) =>
  createTranslator({ locale: index ? 'en' : 'de', messages, namespace: 'EditorStart' }),
);
/** Each message in German, then in English. */
const say = (key: Message, values: Record<string, string | number> = {}, print = console.log) =>
  translators.forEach((t) => print(t(key, values)));

const flag = process.argv.indexOf('--port');
const port = Number(flag >= 0 ? process.argv[flag + 1] : (process.env.EDITOR_PORT ?? 3000));
const host = process.env.EDITOR_HOST ?? '127.0.0.1';

/** Whether the port is free on the editor's address (0 asks the system for any free one). */
function isFree(candidate: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(candidate, host, () => probe.close(() => resolve(true)));
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

async function start() {
  // Behind nginx the editor trusts X-Forwarded-For, which is safe only while no one but this machine can connect.
  if (net.isIP(host) === 0 ? host !== 'localhost' : !/^(127\.|::1$)/.test(host)) {
    say('notLoopback', { host }, console.error);
    process.exit(1);
  }
  editorOrigin();
  if (noAccountYet()) say('noAccount');
  if (!(await isFree(port))) {
    say('portInUse', { port, other: port + 1 }, console.error);
    process.exit(1);
  }
  const stamp = sourceStamp();
  if (!isBuildCurrent(stamp)) {
    say('building');
    await buildEditor(stamp).catch(() => {
      say('buildFailed', {}, console.error);
      process.exit(1);
    });
  }
  // A publish cut off when the editor last stopped (a crash, kill -9) leaves nothing half-done behind it.
  await recoverInterruptedPublish(publishFolder());
  serve();
}

function serve() {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const server = spawn(process.execPath, [next, 'start', '--hostname', host, '--port', String(port)], {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, EPI_EDITOR: '1', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => process.exit(code ?? 0));
  // next start names its address, then says it is ready: only then is the editor's address given out.
  let output: string | null = '';
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (output === null) return;
    output += chunk.toString();
    const local = /Local:\s+(http:\/\/\S+?:\d+)/.exec(output)?.[1];
    if (!local || !/Ready in/.test(output)) return;
    output = null;
    say('ready', { address: `${editorOrigin()?.origin ?? local}/edit` });
  });
}

start();
