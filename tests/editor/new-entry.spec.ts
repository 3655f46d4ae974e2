import fs from 'node:fs';
import path from 'node:path';
import de from '../../messages/de.json';
import { gitIn } from '../../scripts/tooling/content-copy';
import {
  contentCheckStatus,
  diff,
  expect,
  fileText,
  openEntry,
  root,
  saveButton,
  saveStatus,
  startNewEntry,
  test,
} from './fixture';

const column = (locale: string) => `section[lang="${locale}"]`;
const errorsShown = (page: import('@playwright/test').Page) =>
  page.getByRole('listitem').filter({ hasText: new RegExp(`^${de.Editor.entry.error}:`) });

test('a new page starts empty, its heading follows the title, and saving it touches no other entry', async ({
  page,
}) => {
  await startNewEntry(page, 'page', 'pressemitteilungen');
  await expect(saveButton(page)).toBeEnabled();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(`${de.Editor.collections.pages}: pressemitteilungen`);
  for (const field of ['title', 'menuTitle', 'slug', 'description', 'order', 'updated'])
    await expect(page.locator(`#de-${field}`), field).toHaveValue('');
  await expect(page.locator(`${column('de')} input[type="checkbox"]:checked`)).toHaveCount(0);
  // Nothing typed yet: no errors, a note on what to do instead.
  await expect(errorsShown(page)).toHaveCount(0);
  await expect(saveButton(page)).toHaveAccessibleDescription(de.Editor.new.unsaved);

  const fill = async (values: Record<string, string>) => {
    for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value);
  };
  await fill({
    'de-title': 'Pressemitteilungen',
    'de-slug': 'pressemitteilungen',
    'de-description': 'Mitteilungen des Projekts an die Presse, die neueste zuerst, mit Datum und Ansprechperson.',
  });
  await expect(heading).toHaveText(`${de.Editor.collections.pages}: Pressemitteilungen (pressemitteilungen)`);
  await page.locator(column('en')).getByRole('button', { name: de.Editor.entry.createLanguage }).click();
  await fill({
    'en-title': 'Press releases',
    'en-slug': 'press-releases',
    'en-description': 'Statements of the project to the press, newest first, with their date and a contact.',
  });
  await expect(saveButton(page)).toHaveAccessibleDescription(/^Keine Fehler/);
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('content/pages/pressemitteilungen.de.md');
  await expect(heading).toHaveText(`${de.Editor.collections.pages}: Pressemitteilungen (pressemitteilungen)`);
  // The two new files, committed, and no change to any file that was there.
  expect(gitIn(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(diff('--name-status').split('\n').filter(Boolean).sort()).toEqual([
    'A\tcontent/pages/pressemitteilungen.de.md',
    'A\tcontent/pages/pressemitteilungen.en.md',
  ]);
  expect(fileText('content/pages/pressemitteilungen.de.md')).not.toMatch(/^(order|menu|menuTitle|updated):/m);
  expect(contentCheckStatus()).toBe(0);
});

test('a NAME that cannot be one gets our message, not the browser’s, and stays in the field', async ({ page }) => {
  await startNewEntry(page, 'page', 'Pressemitteilungen');
  const field = page.getByLabel(`${de.Editor.new.kinds.page}: ${de.Editor.new.key}`);
  await expect(field).toHaveValue('Pressemitteilungen');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Pressemitteilungen.*z\. B\. pressemitteilungen/);
  expect(await field.evaluate((input: HTMLInputElement) => input.validationMessage)).toBe('');
  await field.fill('');
  await page.getByRole('button', { name: de.Editor.new.kinds.page, exact: true }).click();
  await expect(page.getByLabel(`${de.Editor.new.kinds.page}: ${de.Editor.new.key}`)).toHaveAccessibleDescription(
    new RegExp(de.Editor.new.missingKey.replace(/[.]/g, '\\.')),
  );
});

test('a new material: an uploaded document gets a safe name and fills the entry; deleting the entry removes the document', async ({
  page,
}) => {
  await startNewEntry(page, 'material', 'testbericht');
  await expect(saveButton(page)).toBeEnabled();
  const upload = page.getByLabel(de.Editor.entry.upload);
  await upload.setInputFiles({ name: 'Bericht.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein PDF') });
  await expect(page.getByRole('status').filter({ hasText: 'Nicht hochgeladen' })).toBeVisible();
  await upload.setInputFiles({
    name: 'Bericht Übersicht 2022.PDF',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  const document = 'bericht-uebersicht-2022.pdf';
  await expect(page.locator('#de-file')).toHaveValue(document);
  await page.locator('#de-title').fill('Übersicht der Berichte');
  await page.locator('#de-language').fill('de');
  await page.locator('#de-date').fill('2022-06-30');
  await expect(saveButton(page)).toHaveAccessibleDescription(/^Keine Fehler/);
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('content/materials/testbericht.de.md');
  expect(fileText(`public/materials/${document}`)).toContain('%PDF-');
  expect(contentCheckStatus()).toBe(0);

  await openEntry(page, '/edit/de/materials/testbericht');
  await page.getByRole('button', { name: de.Editor.entry.delete }).click();
  await page.getByRole('button', { name: de.Editor.entry.deleteYes }).click();
  await expect(page).toHaveURL(/\/edit\/de$/);
  for (const file of ['content/materials/testbericht.de.md', `public/materials/${document}`])
    expect(fs.existsSync(path.join(root, file)), file).toBe(false);
});
