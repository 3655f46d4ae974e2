import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { expect, firstEntry, openEntry, refusal, saveButton, test, translatedTextPages } from './fixture';

// Pages without a form to wait for: the overviews, a NAME refused for a new page, and the list of pictures.
const lists = ['/edit/de', '/edit/en', '/edit/de/new/page?key=Neue%20Seite', '/edit/de/pictures'];
const entries = [
  `/edit/de/pages/${translatedTextPages()[0]}`,
  `/edit/en/partners/${firstEntry('partners')}`,
  '/edit/de/new/material?key=bericht',
];
// The editor follows the site's colour scheme: one list and one entry also in the dark one.
const darkChecked = [lists[0], entries[0]];

for (const path of [...lists, ...entries]) {
  const dark = darkChecked.includes(path);
  test(`${path}: no axe violations${dark ? ' in light and dark' : ''}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    if (lists.includes(path)) await page.goto(path);
    else await openEntry(page, path);
    expect(await axeViolations(page), 'light scheme').toEqual([]);
    if (!dark) return;
    await switchToDarkScheme(page);
    expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
  });
}

test('a refused save with its error summary: no axe violations in light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openEntry(page, entries[0]);
  await page.locator('#de-title').fill('');
  await saveButton(page).click();
  await expect(refusal(page)).toBeVisible();
  expect(await axeViolations(page), 'light scheme').toEqual([]);
  await switchToDarkScheme(page);
  expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
});

test.describe('signed out', () => {
  test.use({ account: null });

  for (const path of ['/edit/de/sign-in?next=%2Fedit%2Fde', '/edit/en/sign-in?error=refused']) {
    test(`the sign-in page ${path}: no axe violations in light and dark`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await axeViolations(page), 'light scheme').toEqual([]);
      await switchToDarkScheme(page);
      expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
    });
  }
});
