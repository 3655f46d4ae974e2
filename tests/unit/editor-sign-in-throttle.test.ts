import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn } from '@/lib/editor/auth';
import { addAccount } from '@/lib/editor/auth/accounts';
import { withTemporaryEditorData } from './editor-data-fixture';

const data = withTemporaryEditorData();
const password = 'Rhein und Main bei Nacht';
const wrong = 'falsches Passwort, lang genug';
const start = Date.parse('2026-03-02T08:00:00Z');
const seconds = (count: number) => count * 1000;

async function failFiveTimes(name: string, address: string, now = start): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++)
    expect(await signIn(name, wrong, address, now + seconds(attempt))).toEqual({ kind: 'refused' });
}

describe('throttling sign-ins', () => {
  it('refuses a wrong password, and after 5 failures throttles even the right one', async () => {
    await addAccount('anna', 'editor', password);
    await failFiveTimes('anna', '192.0.2.1');
    const sixth = await signIn('anna', password, '192.0.2.1', start + seconds(10));
    expect(sixth).toEqual({ kind: 'throttled', retryAfterSeconds: 15 * 60 - 10 });
  });

  it('throttles the account from every other address too', async () => {
    await addAccount('anna', 'editor', password);
    await failFiveTimes('anna', '192.0.2.1');
    expect((await signIn('anna', password, '198.51.100.7', start + seconds(10))).kind).toBe('throttled');
  });

  it('throttles an address for every account, known or not', async () => {
    await addAccount('anna', 'editor', password);
    await addAccount('ben', 'editor', password);
    for (const [attempt, name] of ['ben', 'carla', 'dora', 'ben', 'x!'].entries())
      expect((await signIn(name, wrong, '192.0.2.1', start + seconds(attempt))).kind).toBe('refused');
    expect((await signIn('anna', password, '192.0.2.1', start + seconds(10))).kind).toBe('throttled');
    expect((await signIn('anna', password, '192.0.2.2', start + seconds(10))).kind).toBe('signed-in');
  });

  it('counts Retry-After down and lets the account in when 15 minutes have passed', async () => {
    await addAccount('anna', 'editor', password);
    await failFiveTimes('anna', '192.0.2.1');
    const waits = [];
    for (const at of [60, 600, 900]) {
      const result = await signIn('anna', password, '192.0.2.1', start + seconds(at));
      waits.push(result.kind === 'throttled' ? result.retryAfterSeconds : result.kind);
    }
    // The oldest of the five failures (at 0 s) leaves the window at 900 s.
    expect(waits).toEqual([840, 300, 'signed-in']);
  });

  it('lets a failure count until its 15 minutes are over, then no longer', async () => {
    await addAccount('anna', 'editor', password);
    await failFiveTimes('anna', '192.0.2.1');
    expect((await signIn('anna', wrong, '192.0.2.1', start + seconds(900))).kind).toBe('refused');
    // Failures at 1, 2, 3, 4 and 900 s: the one at 1 s leaves the window at 901 s.
    const next = await signIn('anna', password, '192.0.2.1', start + seconds(900));
    expect(next).toEqual({ kind: 'throttled', retryAfterSeconds: 1 });
    expect((await signIn('anna', password, '192.0.2.1', start + seconds(901))).kind).toBe('signed-in');
  });

  it('does not let attempts sent at once slip past the count while passwords are hashed', async () => {
    await addAccount('anna', 'editor', password);
    const attempts = Array.from({ length: 8 }, () => signIn('anna', wrong, '192.0.2.1', start));
    const kinds = (await Promise.all(attempts)).map((result) => result.kind);
    expect(kinds.filter((kind) => kind === 'refused')).toHaveLength(5);
    expect(kinds.filter((kind) => kind === 'throttled')).toHaveLength(3);
  });

  it('does not count a successful sign-in as a failure', async () => {
    await addAccount('anna', 'editor', password);
    for (let attempt = 0; attempt < 6; attempt++)
      expect((await signIn('anna', password, '192.0.2.1', start + attempt)).kind).toBe('signed-in');
  });

  it('logs each decision as a line of JSON without the password, and keeps its state in EDITOR_DATA', async () => {
    await addAccount('anna', 'editor', password);
    await failFiveTimes('anna', '192.0.2.1');
    await signIn('anna', password, '192.0.2.1', start + seconds(10));
    await signIn(password, wrong, '192.0.2.9', start + seconds(11));
    const lines = data.log().map((line) => JSON.parse(line));
    expect(lines.map(({ event }) => event)).toEqual([
      ...Array(5).fill('sign-in-refused'),
      'sign-in-throttled',
      'sign-in-refused',
    ]);
    expect(lines[0]).toEqual({
      time: '2026-03-02T08:00:00.000Z',
      event: 'sign-in-refused',
      account: 'anna',
      address: '192.0.2.1',
    });
    // A password typed into the name field is not logged either.
    expect(lines[6].account).toBeNull();
    expect(data.log().join('\n')).not.toMatch(/Rhein|falsches/);
    const state = fs.readFileSync(path.join(data.folder(), 'sign-in-failures.json'), 'utf8');
    expect(Object.keys(JSON.parse(state).failures).sort()).toEqual([
      'account:anna',
      'address:192.0.2.1',
      'address:192.0.2.9',
    ]);
    expect(fs.statSync(path.join(data.folder(), 'sign-in-failures.json')).mode & 0o777).toBe(0o600);
  });
});
