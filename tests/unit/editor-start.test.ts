import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

describe('npm run edit on a port that is taken', () => {
  it('says so in one German and one English sentence, with how to pick another, and starts nothing', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), path.resolve('scripts/edit.ts'), '--port', String(port)],
        { encoding: 'utf8', timeout: 20_000 },
      );
      expect(run.status).toBe(1);
      const sentences = [de, en].map((messages, index) =>
        createTranslator({ locale: index ? 'en' : 'de', messages, namespace: 'EditorStart' })('portInUse', {
          port,
          other: port + 1,
        }),
      );
      expect(run.stderr.trim().split('\n')).toEqual(sentences);
      expect(run.stderr).toContain(`npm run edit -- --port ${port + 1}`);
      expect(run.stdout).not.toContain(`127.0.0.1:${port}`);
    } finally {
      taken.close();
    }
  }, 30_000);
});
