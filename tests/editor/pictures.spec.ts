import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import de from '../../messages/de.json';
import { logoSvg } from '../pictures/fixture-content';
import { gitIn } from '../../scripts/tooling/content-copy';
import { testAccounts } from '../../scripts/tooling/editor-accounts';
import { expect, fileText, openEntry, root, saveButton, saveStatus, signIn, test } from './fixture';

const t = de.Editor.pictures;
const photo = () =>
  sharp({ create: { width: 600, height: 400, channels: 3, background: '#2a6f97' } })
    .png()
    .toBuffer();
const picture = (name: string) => path.join(root, 'content/images', name);
const naturalWidth = (element: HTMLImageElement | SVGElement) => (element as HTMLImageElement).naturalWidth;

test('a picture uploaded on a page: preview, alt text in both languages, the reference at the cursor, shown in the preview', async ({
  page,
}) => {
  await openEntry(page, '/edit/de/pages/goals');
  const body = page.locator('#de-body-input');
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Vorn.\n\n');
  await page
    .getByLabel(t.file)
    .setInputFiles({ name: 'Treffen in Riga.PNG', mimeType: 'image/png', buffer: await photo() });
  const preview = page.getByRole('img', { name: t.preview });
  await expect.poll(() => preview.evaluate(naturalWidth)).toBe(600);
  await page.getByLabel(/Alternativtext auf Deutsch/).fill('Gruppenfoto in Riga');
  await page.getByLabel(/Alternativtext auf Englisch/).fill('Group photo in Riga');
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: 'treffen-in-riga.png' })).toBeVisible();
  // A version of its own, by the signed-in account.
  expect(gitIn(root, 'log', '-1', '--format=%an %s')).toBe(
    `${testAccounts.editor.name} Bild treffen-in-riga.png hochgeladen\n`,
  );
  // At the cursor: right after the line typed at the top, not at the end of the text.
  await expect(body).toContainText('Vorn.![Gruppenfoto in Riga](image:treffen-in-riga.png)');
  await expect(page.locator('#en-body-input')).toContainText('![Group photo in Riga](image:treffen-in-riga.png)');
  const shown = page.frameLocator('[data-preview="de"]').getByRole('img', { name: 'Gruppenfoto in Riga' });
  await expect.poll(() => shown.evaluate(naturalWidth), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(shown).toHaveAttribute('srcset', /\/images\/treffen-in-riga-[0-9a-f]{12}-480\.webp 480w/);
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('content/pages/goals.de.md');
  expect(fileText('content/pages/goals.de.md')).toContain('Vorn.\n\n![Gruppenfoto in Riga](image:treffen-in-riga.png)');
  expect(fs.existsSync(picture('treffen-in-riga.png'))).toBe(true);
});

test('an upload is refused when the file is not what its name says, or the alt text is missing', async ({ page }) => {
  await openEntry(page, '/edit/de/pages/goals');
  const upload = page.getByLabel(t.file);
  await upload.setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await page.getByLabel(/Alternativtext auf Deutsch/).fill('Foto');
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nicht hochgeladen' })).toContainText('Alternativtext');
  await page.getByLabel(/Alternativtext auf Englisch/).fill('Photo');
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nicht hochgeladen' })).toContainText(
    'ist ein PNG-Bild, ihr Name verspricht aber JPEG',
  );
  expect(fs.existsSync(picture('foto.jpg'))).toBe(false);
});

test('the list shows where each picture is used; deleting one in use is refused, an unused one goes', async ({
  page,
}) => {
  fs.mkdirSync(path.join(root, 'content/images'), { recursive: true });
  for (const name of ['benutzt.png', 'frei.png']) fs.writeFileSync(picture(name), await photo());
  const goals = path.join(root, 'content/pages/goals.de.md');
  fs.appendFileSync(goals, '\n![Ein Foto](image:benutzt.png)\n');
  await page.goto('/edit/de/pictures');
  const used = page.getByRole('row', { name: /benutzt\.png/ });
  await expect(used).toContainText('content/pages/goals.de.md');
  await used.getByRole('button', { name: 'benutzt.png löschen' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'Nicht gelöscht: das Bild wird noch verwendet in content/pages/goals.de.md',
  );
  expect(fs.existsSync(picture('benutzt.png'))).toBe(true);
  await page
    .getByRole('row', { name: /frei\.png/ })
    .getByRole('button', { name: 'frei.png löschen' })
    .click();
  await expect(page.getByRole('status').first()).toContainText('frei.png wurde gelöscht.');
  expect(fs.existsSync(picture('frei.png'))).toBe(false);
});

test('without JavaScript an upload leads to the list with the reference to paste', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: 'de-DE' });
  await signIn(context.request, baseURL!, 'editor');
  const page = await context.newPage();
  await page.goto('/edit/de/pictures');
  await page.getByLabel(t.file).setInputFiles({ name: 'Logo.png', mimeType: 'image/png', buffer: await photo() });
  await page.getByLabel(/Alternativtext auf Deutsch/).fill('Logo der Stadt');
  await page.getByLabel(/Alternativtext auf Englisch/).fill('Logo of the city');
  await page.getByRole('button', { name: t.submitHere }).click();
  await expect(page.getByRole('status').first()).toContainText('![Logo der Stadt](image:logo.png)');
  await expect(page.getByRole('row', { name: /logo\.png/ })).toContainText(t.unused);
  await context.close();
});

test('a logo uploaded on a partner entry fills its logo field', async ({ page }) => {
  await openEntry(page, '/edit/de/partners/riga');
  await page
    .getByLabel(t.file)
    .setInputFiles({ name: 'Riga Logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(logoSvg) });
  await page.getByLabel(/Alternativtext auf Deutsch/).fill('Logo von Riga');
  await page.getByLabel(/Alternativtext auf Englisch/).fill('Logo of Riga');
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.locator('#de-logo')).toHaveValue('riga-logo.svg');
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('content/partners/riga.de.md');
  expect(fileText('content/partners/riga.de.md')).toMatch(/^logo: riga-logo\.svg$/m);
});
