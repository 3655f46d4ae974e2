import fs from 'node:fs';
import path from 'node:path';
import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { listAccounts } from '@/lib/editor/auth';
import { findAccount, verifyPassword } from '@/lib/editor/auth/account-store';
import { AccountError, addAccount, changePassword, removeAccount } from '@/lib/editor/auth/accounts';
import { passwordProblem } from '@/lib/editor/auth/password-policy';
import { withTemporaryEditorData } from './editor-data-fixture';

const data = withTemporaryEditorData();
const password = 'Kaffee am Main, 2 Stück';
const storedAccounts = () => JSON.parse(fs.readFileSync(path.join(data.folder(), 'accounts.json'), 'utf8')).accounts;
const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AccountError ? error.problem : error),
  );

describe('passwords of editor accounts', () => {
  it('stores an argon2id hash that verifies the password and no other', async () => {
    await addAccount('anna', 'editor', password);
    const { passwordHash } = storedAccounts().anna;
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(storedAccounts())).not.toContain(password);
    expect(await verify(passwordHash, password)).toBe(true);
    expect((await verifyPassword('anna', password))?.role).toBe('editor');
    expect(await verifyPassword('anna', `${password}!`)).toBeNull();
    expect(await verifyPassword('anne', password)).toBeNull();
  });

  it('takes the same text composed either way as one password (NFKC)', async () => {
    await addAccount('anna', 'editor', 'Grüße aus Dietzenbach'.normalize('NFC'));
    expect(await verifyPassword('anna', 'Grüße aus Dietzenbach'.normalize('NFD'))).not.toBeNull();
  });

  it('needs 12 characters, counting a run of spaces once, and allows long passphrases in any script', () => {
    expect(passwordProblem('elf Zeichen')).toBe('too-short');
    expect(passwordProblem('zwölf Zeichen'.slice(0, 12))).toBeNull();
    expect(passwordProblem('a          b')).toBe('too-short');
    expect(passwordProblem('🐝🌻🐝🌻🐝🌻🐝🌻🐝🌻🐝🌻')).toBeNull();
    expect(passwordProblem('парольпароль')).toBeNull();
    expect(passwordProblem('x'.repeat(128))).toBeNull();
    expect(passwordProblem('x'.repeat(129))).toBe('too-long');
    expect(passwordProblem('abcdefghijkl\u0007')).toBe('control-character');
  });

  it('refuses the most common passwords (zxcvbn-ts list), in any case', () => {
    expect(passwordProblem('qwerty123456')).toBe('common');
    expect(passwordProblem('QWERTY123456')).toBe('common');
    expect(passwordProblem('1q2w3e4r5t6y')).toBe('common');
  });

  it('refuses a short password and a bad name before anything is written', async () => {
    expect(await problemOf(addAccount('anna', 'editor', 'kurz'))).toBe('too-short');
    expect(await problemOf(addAccount('Anna', 'editor', password))).toBe('invalid-name');
    expect(await problemOf(addAccount('a', 'editor', password))).toBe('invalid-name');
    expect(fs.existsSync(data.folder())).toBe(false);
  });

  it('finds no account in what every object inherits', async () => {
    await addAccount('anna', 'editor', password);
    expect(findAccount('constructor')).toBeUndefined();
    expect(await verifyPassword('constructor', password)).toBeNull();
    await addAccount('constructor', 'editor', password);
    expect(findAccount('constructor')?.role).toBe('editor');
  });

  it('adds, lists without hashes, changes passwords and removes accounts', async () => {
    expect(listAccounts()).toEqual([]);
    await addAccount('ben', 'publisher', password);
    await addAccount('anna', 'editor', password);
    expect(await problemOf(addAccount('anna', 'publisher', password))).toBe('exists');
    expect(listAccounts().map(({ name, role }) => `${name}:${role}`)).toEqual(['anna:editor', 'ben:publisher']);
    expect(JSON.stringify(listAccounts())).not.toMatch(/argon2|sessionKey/);

    await changePassword('anna', 'ein ganz neues Passwort');
    expect(await verifyPassword('anna', password)).toBeNull();
    expect(await verifyPassword('anna', 'ein ganz neues Passwort')).not.toBeNull();

    removeAccount('ben');
    expect(listAccounts().map(({ name }) => name)).toEqual(['anna']);
    expect(() => removeAccount('ben')).toThrow(AccountError);
    expect(await problemOf(changePassword('ben', password))).toBe('unknown');
  });

  it('keeps its files private to the editor: folder 0700, files 0600, no temporary file left', async () => {
    const old = process.umask(0o022);
    try {
      await addAccount('anna', 'editor', password);
    } finally {
      process.umask(old);
    }
    expect(fs.statSync(data.folder()).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(data.folder(), 'accounts.json')).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(data.folder())).toEqual(['accounts.json']);
  });

  it('makes a folder that someone created for it private too', async () => {
    fs.mkdirSync(data.folder(), { mode: 0o755 });
    fs.chmodSync(data.folder(), 0o755);
    await addAccount('anna', 'editor', password);
    expect(fs.statSync(data.folder()).mode & 0o777).toBe(0o700);
  });
});
