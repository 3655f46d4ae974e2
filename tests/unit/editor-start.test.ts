import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { addAccount } from '@/lib/editor/auth/accounts';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { withTemporaryEditorData } from './editor-data-fixture';

/** Starts `npm run edit` as npm does (bundled) on a port that is taken, so that it stops after its first messages. */
async function startOnTakenPort(env: NodeJS.ProcessEnv = process.env) {
  const taken = net.createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  const { port } = taken.address() as net.AddressInfo;
  try {
    const run = spawnSync(
      process.execPath,
      [path.resolve('scripts/run-bundled.mjs'), 'scripts/edit.ts', '--port', String(port)],
      { encoding: 'utf8', timeout: 20_000, env },
    );
    return { run, port };
  } finally {
    taken.close();
  }
}

const sentences = (key: 'portInUse' | 'noAccount' | 'notLoopback', values: Record<string, string | number> = {}) =>
  [de, en].map((messages, index) =>
    createTranslator({ locale: index ? 'en' : 'de', messages, namespace: 'EditorStart' })(key, values),
  );

describe('npm run edit without any account', () => {
  withTemporaryEditorData();

  it('says what to run to add one, in German and English, and says nothing of it once there is one', async () => {
    const { run } = await startOnTakenPort();
    expect(run.stdout.trim().split('\n')).toEqual(sentences('noAccount'));
    expect(run.stdout).toContain('npm run accounts -- add NAME --role publisher');
    await addAccount('anna', 'publisher', 'Apfelwein im Bembel');
    expect((await startOnTakenPort()).run.stdout).toBe('');
  }, 60_000);
});

describe('npm run edit with EDITOR_HOST', () => {
  it('refuses an address other than a loopback one: behind nginx it trusts X-Forwarded-For', async () => {
    for (const host of ['0.0.0.0', '192.0.2.10', '::']) {
      const { run } = await startOnTakenPort({ ...process.env, EDITOR_HOST: host });
      expect(run.status, host).toBe(1);
      expect(run.stderr.trim().split('\n'), host).toEqual(sentences('notLoopback', { host }));
    }
  }, 60_000);
});

describe('npm run edit on a port that is taken', () => {
  it('says so in one German and one English sentence, with how to pick another, and starts nothing', async () => {
    const { run, port } = await startOnTakenPort();
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(sentences('portInUse', { port, other: port + 1 }));
    expect(run.stderr).toContain(`npm run edit -- --port ${port + 1}`);
    expect(run.stdout).not.toContain(`127.0.0.1:${port}`);
  }, 30_000);
});
