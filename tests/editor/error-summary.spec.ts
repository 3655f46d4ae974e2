import de from '../../messages/de.json';
import { diff, expect, openEntry, refusal, saveButton, test, translatedTextPages } from './fixture';

const [key] = translatedTextPages();
const blocked = de.Editor.entry.blocked.split(':')[0];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a refused save puts the focus on a summary at the top whose links reach each field', async ({ page }) => {
  await openEntry(page, `/edit/de/pages/${key}`);
  await page.locator('#de-title').fill('');
  await page.locator('#en-slug').fill('our goals');
  await page.locator('[data-column="de"] .cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Siehe [Neuigkeiten](page:gibt-es-nicht).');
  await page.keyboard.press('Escape');
  await expect(saveButton(page)).toHaveAccessibleDescription(/^3 Fehler/);
  await saveButton(page).click();

  // GOV.UK's error summary: a box at the top that takes the focus, its message in an alert so that it is heard.
  const summary = page.locator('[tabindex="-1"]').filter({ has: refusal(page) });
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await expect(refusal(page)).toContainText(blocked);
  const links = [
    [new RegExp(`^Deutsch: .*„${escape(de.Editor.fields.pages.title)}“`), '#de-title'],
    [/^Deutsch, Zeile \d+: .*page:gibt-es-nicht/, '[data-column="de"] .cm-content'],
    [new RegExp(`^Englisch: .*„${escape(de.Editor.fields.pages.slug)}“`), '#en-slug'],
  ] as const;
  // In the order of the form: German before English, in a column from the top.
  await expect(summary.getByRole('link')).toHaveText(links.map(([name]) => name));
  for (const [name, target] of links) {
    await summary.getByRole('link', { name }).click();
    await expect(page.locator(target)).toBeFocused();
    await expect(page.locator(target)).toBeInViewport();
  }
  expect(diff()).toBe('');
});

test('a message that no longer holds goes: the refusal once the errors are fixed, "saved" once the form changes', async ({
  page,
}) => {
  await openEntry(page, `/edit/de/pages/${key}`);
  const title = await page.locator('#de-title').inputValue();
  await page.locator('#de-title').fill('');
  await expect(saveButton(page)).toHaveAccessibleDescription(/^1 Fehler/);
  await saveButton(page).click();
  await expect(refusal(page)).toContainText(blocked);

  await page.locator('#de-title').fill(title);
  await expect(saveButton(page)).toHaveAccessibleDescription(/^Keine Fehler/);
  await expect(page.getByText(blocked)).toHaveCount(0);

  await page.locator('#de-title').fill(`${title} (neu)`);
  await saveButton(page).click();
  const saved = page.getByRole('status').filter({ hasText: `content/pages/${key}.de.md` });
  await expect(saved).toBeVisible();
  await page.locator('#de-title').fill(title);
  await expect(saved).toHaveCount(0);
});
