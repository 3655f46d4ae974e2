import type { Page } from '@playwright/test';
import { parseFrontMatter } from '../../lib/content';
import de from '../../messages/de.json';
import {
  contentPages,
  diff,
  expect,
  fileText,
  openEntry,
  saveButton,
  refusal,
  saveStatus,
  test,
  translatedTextPages,
} from './fixture';

const [key, otherKey] = translatedTextPages();
const germanFile = `content/pages/${key}.de.md`;
const save = (page: Page) => saveButton(page).click();

test('a German title changed in the form shows in the preview and is saved as exactly that change', async ({
  page,
}) => {
  const title = `${contentPages().find((candidate) => candidate.key === key && candidate.locale === 'de')?.title} (neu)`;
  await openEntry(page, `/edit/de/pages/${key}`);
  await page.locator('#de-title').fill(title);
  await expect(page.frameLocator('[data-preview="de"]').locator('h1')).toHaveText(title);
  const english = contentPages().find((candidate) => candidate.key === key && candidate.locale === 'en')?.title ?? '';
  // The live check re-renders the issue lists above the preview, so the button can move while it is clicked.
  const englishPreview = page
    .getByRole('group', { name: de.Editor.entry.previewLanguage })
    .getByRole('button', { name: 'Englisch' });
  await expect(async () => {
    await englishPreview.click();
    await expect(englishPreview).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
  }).toPass();
  await expect(page.frameLocator('[data-preview="en"]').locator('h1')).toHaveText(english);
  expect(diff()).toBe('');
  await save(page);
  await expect(saveStatus(page)).toContainText(germanFile);
  expect(diff('--numstat')).toBe(`1\t1\t${germanFile}\n`);
  expect(diff('-U0', germanFile)).toMatch(new RegExp(`^\\+title: "?${title.replace(/[()]/g, '\\$&')}"?$`, 'm'));
  expect(fileText(germanFile)).toContain(title);
});

test('saving an entry that was not changed writes nothing', async ({ page }) => {
  await openEntry(page, `/edit/de/pages/${key}`);
  await save(page);
  await expect(saveStatus(page)).toHaveText(de.Editor.entry.unchanged);
  expect(diff()).toBe('');
});

test('errors are shown at their field or line and block saving', async ({ page }) => {
  await openEntry(page, `/edit/de/pages/${key}`);
  // The Markdown below the front matter, as the content layer reads it: the typed lines follow its last line.
  const parsed = parseFrontMatter(fileText(germanFile));
  const bodyLines = 'body' in parsed ? parsed.body.split('\n').length : 0;
  await page.locator('[data-column="de"] .cm-content').click();
  await page.keyboard.press('Control+End');
  // Typed as a person would: Enter for each new line, Escape to close the offer of page keys after "page:".
  for (const line of ['', 'Siehe [Neuigkeiten](page:gibt-es-nicht).', '', '![](/materials/bild.png)']) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
    await page.keyboard.press('Escape');
  }
  const body = page.locator('#de-body-issues [data-severity="error"]');
  await expect(body.filter({ hasText: 'page:gibt-es-nicht' })).toHaveCount(1);
  await expect(body.filter({ hasText: '/materials/bild.png' })).not.toHaveCount(0);
  const lineOf = async (text: string) =>
    Number(/(\d+)/.exec((await body.filter({ hasText: text }).first().textContent()) ?? '')?.[1]);
  expect(await lineOf('page:gibt-es-nicht')).toBe(bodyLines + 2);
  expect(await lineOf('/materials/bild.png')).toBe(bodyLines + 4);
  await expect(page.locator('[data-column="de"] .cm-lintRange-error').first()).toBeVisible();
  // A field error and the body's errors are reported together: the check still reads the Markdown of a page
  // whose fields have errors.
  await page.locator('#de-title').fill('');
  await expect(page.locator('#de-title-issues [data-severity="error"]')).toHaveCount(1);
  await expect(body.filter({ hasText: 'page:gibt-es-nicht' })).toHaveCount(1);
  await expect(page.locator('#de-title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#de-title')).toHaveAttribute('aria-describedby', /de-title-issues/);
  await save(page);
  await expect(page.locator(':focus')).toContainText(de.Editor.entry.blocked.split(':')[0]);
  expect(diff()).toBe('');
});

test('after a German edit the English version is flagged as possibly out of date', async ({ page }) => {
  await page.goto('/edit/de');
  const row = page.locator(`[data-entry="pages/${otherKey}"] [data-status]`);
  const outdated = de.Editor.list.outdated.replace('{language}', 'Englisch');
  await expect(row).not.toContainText(outdated);
  await openEntry(page, `/edit/de/pages/${otherKey}`);
  await page.locator('#de-menuTitle').fill('Kurzname');
  await save(page);
  await expect(saveStatus(page)).toContainText(`content/pages/${otherKey}.de.md`);
  await page.goto('/edit/de');
  await expect(row).toContainText(outdated);
});

test('a save is refused when another tab saved the entry since it was loaded', async ({ page, context }) => {
  const other = await context.newPage();
  await openEntry(page, `/edit/de/pages/${key}`);
  await openEntry(other, `/edit/de/pages/${key}`);
  await page.locator('#de-menuTitle').fill('Erster Tab');
  await save(page);
  await expect(saveStatus(page)).toContainText(germanFile);
  await other.locator('#de-menuTitle').fill('Zweiter Tab');
  await save(other);
  await expect(other.locator(':focus')).toHaveText(de.Editor.entry.conflict);
  await expect(refusal(other)).toHaveText(de.Editor.entry.conflict);
  expect(fileText(germanFile)).toContain('Erster Tab');
  expect(fileText(germanFile)).not.toContain('Zweiter Tab');
});
