import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as restore } from '@/app/edit/api/restore/route.editor';
import { POST as save } from '@/app/edit/api/save/route.editor';
import { signIn } from '@/lib/editor/auth';
import { addAccount } from '@/lib/editor/auth/accounts';
import { loadEntry } from '@/lib/editor/entry';
import { copyContent, gitIn } from '../../scripts/tooling/content-copy';
import { withTemporaryEditorData } from './editor-data-fixture';

withTemporaryEditorData();
const password = 'Wäldchestag im Stadtwald';
const site = 'http://127.0.0.1:3000';
const goals = 'content/pages/goals.de.md';
let root: string;
let cookie = '';

beforeAll(() => {
  root = copyContent(process.cwd());
  process.env.CONTENT_ROOT = root;
});
afterAll(() => {
  delete process.env.CONTENT_ROOT;
  fs.rmSync(root, { recursive: true, force: true });
});

async function signedIn(): Promise<void> {
  await addAccount('anna', 'editor', password);
  const result = await signIn('anna', password, '127.0.0.1');
  if (result.kind !== 'signed-in') throw new Error(result.kind);
  cookie = result.cookie.split(';')[0];
}

function post(route: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`${site}/edit/api/${route}`, {
    method: 'POST',
    headers: {
      host: '127.0.0.1:3000',
      origin: site,
      cookie,
      ...(typeof body === 'string' ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body,
  });
}

/** The save of goals' German text with one word more, as the editor's form sends it. */
function goalsSave(note: string) {
  const entry = loadEntry(root, { folder: 'pages', key: 'goals', isNew: false });
  const form = { ...entry.form, de: { ...entry.form.de, body: `${entry.form.de.body}\nNeu.` } };
  return JSON.stringify({ lang: 'de', entry: entry.ref, form, versions: entry.versions, note });
}

const restoreForm = (fields: Record<string, string>) => new URLSearchParams({ folder: 'pages', lang: 'de', ...fields });
const head = () => gitIn(root, 'rev-parse', 'HEAD').trim();

describe('saving and restoring through the editor routes', () => {
  it('saves as a commit by the signed-in account with the note, and restores the version before as a new one', async () => {
    await signedIn();
    const before = head();
    const text = fs.readFileSync(path.join(root, goals), 'utf8');
    // The entry is named in the history as its menu shows it, in the copy of today's content.
    const name = String(loadEntry(root, { folder: 'pages', key: 'goals', isNew: false }).form.de.values.menuTitle);
    const saved = await save(post('save', goalsSave('Ein Satz ergänzt')));
    expect(saved.status).toBe(200);
    const { commit } = await saved.json();
    expect(commit).toBe(head());
    expect(gitIn(root, 'log', '-1', '--format=%an|%B').trim()).toBe(
      `anna|${name} (de): Text geändert\n\nEin Satz ergänzt`,
    );

    const restored = await restore(post('restore', restoreForm({ key: 'goals', version: before, note: 'zurück' })));
    expect(restored.status).toBe(303);
    expect(restored.headers.get('location')).toBe(`/edit/de/history/pages/goals?restored=${head()}`);
    expect(fs.readFileSync(path.join(root, goals), 'utf8')).toBe(text);
    expect(gitIn(root, 'log', '-1', '--format=%an|%s|%b').trim()).toMatch(
      new RegExp(`^anna\\|${name}: Fassung vom .+ wiederhergestellt\\|zurück$`),
    );
    expect(gitIn(root, 'rev-list', '--count', `${before}..HEAD`).trim()).toBe('2');
  });

  it('refuses a restore without a session, from another site, of a key or version that is not the entry’s', async () => {
    await signedIn();
    const first = gitIn(root, 'rev-list', '--max-parents=0', 'HEAD').trim();
    const unrelated = gitIn(root, 'commit-tree', `${first}^{tree}`, '-m', 'elsewhere').trim();
    const cases: [Request, number][] = [
      [post('restore', restoreForm({ key: 'goals', version: first }), { cookie: '' }), 401],
      [post('restore', restoreForm({ key: 'goals', version: first }), { origin: 'https://evil.example' }), 403],
      [post('restore', restoreForm({ key: '../../.git/config', version: first })), 404],
      [post('restore', restoreForm({ key: 'goals', version: '../HEAD' })), 404],
      [post('restore', restoreForm({ key: 'goals', version: first.slice(0, 10) })), 404],
      [post('restore', restoreForm({ key: 'goals', version: unrelated })), 404],
    ];
    const before = head();
    for (const [request, status] of cases) expect((await restore(request)).status).toBe(status);
    expect(head()).toBe(before);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
  });

  it('refuses a save without a session and changes nothing', async () => {
    const before = head();
    expect((await save(post('save', goalsSave('x'), { cookie: '' }))).status).toBe(401);
    expect(head()).toBe(before);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
  });
});
