import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAccounts } from '@/lib/editor/auth';
import { verifyPassword } from '@/lib/editor/auth/account-store';
import { withTemporaryEditorData } from './editor-data-fixture';

const data = withTemporaryEditorData();

/** `npm run accounts -- …` as a person runs it, the password piped in as tests and provisioning scripts do. */
function accounts(args: string[], input = '') {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/accounts.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, EDITOR_DATA: data.folder(), NEXT_TELEMETRY_DISABLED: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run accounts', () => {
  it(
    'adds, lists, changes the password of and removes an account, the password read from a pipe',
    { timeout: 120_000 },
    async () => {
      expect(accounts(['add', 'anna', '--role', 'publisher'], 'Offenbacher Lederwaren\n')).toMatchObject({
        status: 0,
        stdout: 'Konto anna (publisher) angelegt / account anna (publisher) added\n',
      });
      expect(await verifyPassword('anna', 'Offenbacher Lederwaren')).not.toBeNull();
      expect(fs.statSync(path.join(data.folder(), 'accounts.json')).mode & 0o777).toBe(0o600);

      const short = accounts(['add', 'ben', '--role', 'editor'], 'zu kurz\n');
      expect(short.status).toBe(1);
      expect(short.stderr).toContain('mindestens 12 Zeichen / the password needs at least 12 characters');

      const listed = accounts(['list']);
      expect(listed.status).toBe(0);
      expect(listed.stdout).toMatch(/^anna\tpublisher\t/);
      expect(listed.stdout).not.toMatch(/argon2|sessionKey|Lederwaren/);

      expect(accounts(['password', 'anna'], 'Neu-Isenburger Sommer\r\n').status).toBe(0);
      expect(await verifyPassword('anna', 'Offenbacher Lederwaren')).toBeNull();
      expect(await verifyPassword('anna', 'Neu-Isenburger Sommer')).not.toBeNull();

      expect(accounts(['remove', 'anna']).status).toBe(0);
      expect(listAccounts()).toEqual([]);
    },
  );

  it('explains its use and refuses unknown commands, roles and names', { timeout: 120_000 }, () => {
    const run = accounts(['add', 'anna', '--role', 'admin'], 'ein gutes langes Passwort\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Aufruf \/ usage: npm run accounts -- add NAME --role editor\|publisher/);
    expect(accounts(['remove', 'nobody']).stderr).toContain('there is no such account');
    expect(fs.existsSync(data.folder())).toBe(false);
  });
});
