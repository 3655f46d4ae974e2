import { expect, test, openEntry, translatedTextPages } from './fixture';

test('compile the editor routes once', async ({ page, request }) => {
  const key = translatedTextPages()[0];
  for (const path of [
    '/edit/de',
    '/edit/en',
    `/edit/de/preview/pages/${key}`,
    `/edit/en/preview/pages/${key}`,
    '/edit/de/new/page?key=x',
    '/edit/de/sign-in',
  ])
    expect((await request.get(path)).status()).toBe(200);
  // Without an Origin the API routes refuse at once, but are compiled all the same.
  for (const action of ['check', 'save', 'delete', 'upload'])
    expect((await request.post(`/edit/api/${action}`)).status()).toBe(403);
  await openEntry(page, `/edit/de/pages/${key}`);
  await expect(page.locator('[data-column="de"] .cm-content')).toBeVisible();
});
