import type { APIRequestContext } from '@playwright/test';
import { gitIn } from '../../scripts/tooling/content-copy';
import {
  contentPages,
  expect,
  firstEntry,
  initialCommit,
  openEntry,
  root,
  saveButton,
  signIn,
  test,
  translatedTextPages,
} from './fixture';

const [key] = translatedTextPages();
const partner = firstEntry('partners');
const pages = [
  '/edit',
  '/edit/de',
  '/edit/en',
  `/edit/de/pages/${key}`,
  `/edit/en/partners/${partner}`,
  '/edit/de/pages/no-such-entry',
  `/edit/de/preview/pages/${key}`,
  `/edit/en/preview/partners/${partner}`,
  '/edit/de/new/page?key=bericht',
  `/edit/de/history/pages/${key}`,
  `/edit/en/history/pages/${key}/${initialCommit()}`,
  `/edit/de/preview/pages/${key}?version=${initialCommit()}`,
  '/edit/en/pictures',
  '/edit/de/publish',
];
const pdf = { name: 'Bericht.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };
// The smallest PNG: a signature and an empty IHDR are enough for a type judged by its first bytes.
const png = { name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') };
const alts = { lang: 'de', 'alt-de': 'Ein Bild', 'alt-en': 'A picture' };

/** Each write as the editor's own page sends it: the JSON of a real save, a real document or picture, a form. */
const bodies: Record<string, (save: string) => Parameters<APIRequestContext['post']>[1]> = {
  check: (save) => ({ headers: { 'Content-Type': 'application/json' }, data: save }),
  save: (save) => ({ headers: { 'Content-Type': 'application/json' }, data: save }),
  delete: (save) => ({ headers: { 'Content-Type': 'application/json' }, data: save }),
  upload: () => ({ multipart: { document: pdf } }),
  restore: () => ({ form: { folder: 'pages', key, version: initialCommit(), lang: 'de' } }),
  pictures: () => ({ multipart: { picture: png, ...alts } }),
  'pictures/delete': () => ({ form: { lang: 'de', name: 'bild.png' } }),
  publish: () => ({ form: { lang: 'de' } }),
  'publish/rollback': () => ({ form: { lang: 'de' } }),
};
const writes = Object.keys(bodies);

const send = (request: APIRequestContext, action: string, save: string, headers: Record<string, string>) => {
  const body = bodies[action](save);
  return request.post(`/edit/api/${action}`, { ...body, headers: { ...body?.headers, ...headers } });
};

/** Nothing was written, and nothing committed: every save is a commit. */
function unchangedCopy() {
  expect(gitIn(root, 'status', '--porcelain')).toBe('');
  expect(gitIn(root, 'rev-parse', 'HEAD').trim()).toBe(initialCommit());
}

/** The body of a real save of a changed title, taken from the editor's page on its way out. */
async function realSave(page: import('@playwright/test').Page): Promise<string> {
  await openEntry(page, `/edit/de/pages/${key}`);
  await page.locator('#de-title').fill('Eingedrungen');
  let body = '';
  await page.route('**/edit/api/save', (route) => {
    body = route.request().postData() ?? '';
    return route.abort();
  });
  await saveButton(page).click();
  await expect.poll(() => body).not.toBe('');
  return body;
}

test.describe('without a session', () => {
  test.use({ account: null });

  test('every editor page redirects to the sign-in page and shows no entry name or content', async ({ request }) => {
    for (const path of pages) {
      // Titles, and every key but the one the address names itself.
      const secrets = contentPages().flatMap(({ title, key }) => (path.includes(key) ? [title] : [title, key]));
      const answer = await request.get(path, { maxRedirects: 0 });
      expect([307, 308], path).toContain(answer.status());
      expect(answer.headers()['cache-control'], path).toBe('no-store');
      expect(answer.headers().location, path).toMatch(/^\/edit(\/(de|en)(\/sign-in(\?next=[^&]+)?)?)?$/);
      const text = await answer.text();
      for (const secret of secrets) expect(text, `${path} names ${secret}`).not.toContain(secret);
      // Followed, the redirect shows the sign-in page: no title of any entry.
      const shown = await (await request.get(path)).text();
      for (const { title } of contentPages()) expect(shown, `${path} shows ${title}`).not.toContain(title);
    }
  });

  test('a picture file answers 401, as the picture list does not show it', async ({ request }) => {
    const answer = await request.get('/images/bild-000000000000-480.webp');
    expect(answer.status()).toBe(401);
    expect(answer.headers()['cache-control']).toBe('no-store');
  });

  test('every write answers 401, says nothing else and changes nothing', async ({ page, playwright, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await signIn(page.context().request, baseURL!, 'editor');
    const body = await realSave(page);
    const stranger = await playwright.request.newContext({ baseURL });
    for (const action of writes) {
      const answer = await send(stranger, action, body, { Origin: origin });
      expect(answer.status(), action).toBe(401);
      expect(answer.headers()['cache-control'], action).toBe('no-store');
      expect(await answer.json(), action).toEqual({ error: 'not_signed_in' });
    }
    unchangedCopy();
    await stranger.dispose();
  });
});

test('a write from another site is refused with 403 even with a session, and changes nothing', async ({
  page,
  request,
  baseURL,
}) => {
  const { port, origin } = new URL(baseURL!);
  const body = await realSave(page);
  for (const headers of <Record<string, string>[]>[
    { Origin: `http://attacker.example:${port}` },
    { Origin: origin, 'Sec-Fetch-Site': 'cross-site' },
  ]) {
    for (const action of writes)
      expect((await send(request, action, body, headers)).status(), `${action} ${JSON.stringify(headers)}`).toBe(403);
    for (const form of ['sign-in', 'sign-out'])
      expect((await request.post(`/edit/api/${form}`, { headers, form: { lang: 'de' } })).status(), form).toBe(403);
  }
  unchangedCopy();
  // The session was not ended by the sign-out another site sent.
  expect((await request.get('/edit/de', { maxRedirects: 0 })).status()).toBe(200);
});
