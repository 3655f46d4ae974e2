import fs from 'node:fs';
import path from 'node:path';
import { parseSetCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { currentAccount, signIn, signOut, type SignInResult } from '@/lib/editor/auth';
import { addAccount, changePassword, removeAccount } from '@/lib/editor/auth/accounts';
import { requestWithCookie, withTemporaryEditorData } from './editor-data-fixture';

const data = withTemporaryEditorData();
const password = 'Apfelwein in Offenbach';
const start = Date.parse('2026-03-02T08:00:00Z');
const minutes = (count: number) => count * 60_000;
const hours = (count: number) => count * 3_600_000;
const sessionsFile = () => path.join(data.folder(), 'sessions.json');

async function signedIn(name = 'anna', now = start): Promise<string> {
  const result: SignInResult = await signIn(name, password, '127.0.0.1', now);
  if (result.kind !== 'signed-in') throw new Error(`not signed in: ${result.kind}`);
  return result.cookie;
}
const accountAt = (cookie: string, now: number) => currentAccount(requestWithCookie(cookie), now)?.name ?? null;

describe('editor sessions', () => {
  it('gives a new random id at every sign-in and keeps only its hash', async () => {
    await addAccount('anna', 'editor', password);
    const first = await signedIn();
    const second = await signedIn();
    const ids = [first, second].map((cookie) => parseSetCookie(cookie).value ?? '');
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ids[0]).not.toBe(ids[1]);
    const stored = fs.readFileSync(sessionsFile(), 'utf8');
    for (const id of ids) expect(stored).not.toContain(id);
    expect(fs.statSync(sessionsFile()).mode & 0o777).toBe(0o600);
    expect(accountAt(first, start)).toBe('anna');
    expect(accountAt(second, start)).toBe('anna');
    expect(data.log().map((line) => JSON.parse(line))).toEqual(
      Array(2).fill({ time: '2026-03-02T08:00:00.000Z', event: 'signed-in', account: 'anna', address: '127.0.0.1' }),
    );
  });

  it('knows no session for a missing, made-up or altered cookie', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    const id = parseSetCookie(cookie).value ?? '';
    const altered = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
    expect(currentAccount(requestWithCookie(''), start)).toBeNull();
    expect(accountAt(`epi-editor-session=${altered}`, start)).toBeNull();
    expect(accountAt(`epi-editor-session=${'x'.repeat(43)}`, start)).toBeNull();
    expect(accountAt(`other=${id}`, start)).toBeNull();
  });

  it('ends after 8 idle hours', async () => {
    await addAccount('anna', 'editor', password);
    const [unused, used] = [await signedIn(), await signedIn()];
    expect(accountAt(used, start + hours(8) - 1)).toBe('anna');
    expect(accountAt(unused, start + hours(8))).toBeNull();
  });

  it('counts the 8 idle hours from the last use', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    expect(accountAt(cookie, start + hours(2))).toBe('anna');
    expect(accountAt(cookie, start + hours(10) - minutes(1))).toBe('anna');
    expect(accountAt(cookie, start + hours(18))).toBeNull();
  });

  it('ends 8 hours after the last use, before the 12 hours are over', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    expect(accountAt(cookie, start + hours(1))).toBe('anna');
    expect(accountAt(cookie, start + hours(9))).toBeNull();
  });

  it('ends 12 hours after sign-in however busy', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    for (let hour = 1; hour < 12; hour++) expect(accountAt(cookie, start + hours(hour))).toBe('anna');
    expect(accountAt(cookie, start + hours(12))).toBeNull();
  });

  it('writes last-seen at most once a minute', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    const written = fs.readFileSync(sessionsFile(), 'utf8');
    for (const seconds of [1, 20, 59]) accountAt(cookie, start + seconds * 1000);
    expect(fs.readFileSync(sessionsFile(), 'utf8')).toBe(written);
    accountAt(cookie, start + minutes(1));
    expect(JSON.parse(fs.readFileSync(sessionsFile(), 'utf8')).sessions[0].lastSeenAt).toBe(start + minutes(1));
  });

  it('ends at sign-out: the old cookie is refused, and the browser is told to drop it', async () => {
    await addAccount('anna', 'editor', password);
    const cookie = await signedIn();
    const other = await signedIn();
    const removal = parseSetCookie(signOut(requestWithCookie(cookie), start));
    expect(removal).toMatchObject({ name: 'epi-editor-session', value: '', maxAge: 0 });
    expect(JSON.parse(data.log().at(-1) ?? '')).toMatchObject({ event: 'signed-out', account: 'anna' });
    expect(accountAt(cookie, start)).toBeNull();
    expect(accountAt(other, start)).toBe('anna');
  });

  it("ends all of an account's sessions when its password changes or it is removed, and no one else's", async () => {
    await addAccount('anna', 'editor', password);
    await addAccount('ben', 'publisher', password);
    const anna = [await signedIn('anna'), await signedIn('anna')];
    const ben = await signedIn('ben');
    await changePassword('anna', 'ein anderes langes Passwort');
    for (const cookie of anna) expect(accountAt(cookie, start)).toBeNull();
    expect(accountAt(ben, start)).toBe('ben');

    removeAccount('ben');
    expect(accountAt(ben, start)).toBeNull();
    await addAccount('ben', 'publisher', password);
    expect(accountAt(ben, start)).toBeNull();
  });
});
