import de from '../../messages/de.json';
import { ensureAccount, postSignIn } from '../../scripts/tooling/editor-accounts';
import { expect, refusal, test } from './fixture';

// Accounts of this file's own, so that their failed attempts never throttle the accounts other tests sign in with.
const sigrid = { name: 'sigrid', password: 'Anmelden im Test, nur hier 3' };
const theo = { name: 'theo', password: 'Gedrosselt im Test, nur hier 4' };
test.beforeAll(() => {
  for (const { name, password } of [sigrid, theo]) ensureAccount(process.env.EDITOR_DATA!, name, 'editor', password);
});
test.use({ account: null });

const texts = de.Editor.signIn;

test('a wrong password is refused with the same words as an unknown name; the right one leads to the page asked for', async ({
  page,
}) => {
  // Failed attempts from an address of their own: the address of the other tests (127.0.0.1) is never throttled.
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '192.0.2.1' });
  await page.goto('/edit/de/new/page?key=bericht');
  await expect(page).toHaveURL(/\/edit\/de\/sign-in\?next=%2Fedit%2Fde%2Fnew%2Fpage%3Fkey%3Dbericht$/);
  const name = page.getByLabel(texts.name);
  const password = page.getByLabel(texts.password, { exact: true });
  await expect(name).toHaveAttribute('autocomplete', 'username');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  const messages: string[] = [];
  for (const [who, what] of [
    [sigrid.name, 'a wrong password'],
    ['niemand', sigrid.password],
  ]) {
    await name.fill(who);
    await password.fill(what);
    const answer = page.waitForResponse((response) => response.url().endsWith('/edit/api/sign-in'));
    await page.getByRole('button', { name: texts.submit }).click();
    expect((await answer).status()).toBe(401);
    messages.push((await refusal(page).textContent()) ?? '');
  }
  expect(messages).toEqual([texts.refused, texts.refused]);

  await name.fill(sigrid.name);
  // Pasting, as from a password manager, is not prevented; the text can be shown while typing.
  const pasteAllowed = await password.evaluate((input) =>
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: new DataTransfer(), cancelable: true })),
  );
  expect(pasteAllowed).toBe(true);
  await password.fill(sigrid.password);
  await page.getByRole('button', { name: texts.showPassword }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: texts.submit }).click();
  await expect(page).toHaveURL(/\/edit\/de\/new\/page\?key=bericht$/);
  const signedIn = de.Editor.account.signedInAs
    .replace('{name}', 'sigrid')
    .replace('{role}', de.Editor.account.roles.editor);
  await expect(page.getByText(signedIn)).toBeVisible();
});

test('the 6th attempt within 15 minutes is throttled with 429 and Retry-After, even with the right password', async ({
  request,
  baseURL,
}) => {
  const from = { 'X-Forwarded-For': '192.0.2.6' };
  for (let attempt = 1; attempt <= 5; attempt++)
    expect((await postSignIn(request, baseURL!, { ...theo, password: `wrong ${attempt}` }, from)).status()).toBe(401);
  const sixth = await postSignIn(request, baseURL!, theo, from);
  expect(sixth.status()).toBe(429);
  const wait = Number(sixth.headers()['retry-after']);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(15 * 60);
  expect(sixth.headers()['set-cookie']).toBeUndefined();
  // The account is throttled from any address; the sign-in page says for how long.
  const elsewhere = await postSignIn(request, baseURL!, theo, { 'X-Forwarded-For': '192.0.2.66' });
  expect(elsewhere.status()).toBe(429);
  expect(await elsewhere.text()).toContain('error=throttled');
});

test('after signing out, the old cookie is refused by pages and routes', async ({ page, playwright, baseURL }) => {
  await page.goto('/edit/de/sign-in');
  await page.getByLabel(texts.name).fill(sigrid.name);
  await page.getByLabel(texts.password, { exact: true }).fill(sigrid.password);
  await page.getByRole('button', { name: texts.submit }).click();
  await expect(page).toHaveURL(/\/edit\/de$/);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
  await page.getByRole('button', { name: de.Editor.account.signOut }).click();
  await expect(page).toHaveURL(/\/edit\/de\/sign-in$/);
  expect(await page.context().cookies()).toEqual([]);

  const stale = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: cookie } });
  const home = await stale.get('/edit/de', { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers().location).toContain('/edit/de/sign-in');
  const check = await stale.post('/edit/api/check', { headers: { Origin: new URL(baseURL!).origin }, data: {} });
  expect(check.status()).toBe(401);
  await stale.dispose();
});

test('the address to go on to is never another site', async ({ request, baseURL }) => {
  const answer = await postSignIn(request, baseURL!, { ...sigrid, next: '//evil.example/edit/de' });
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toBe('/edit/de');
});
