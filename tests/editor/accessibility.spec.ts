import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { expect, firstEntry, openEntry, test, translatedTextPages } from './fixture';

const lists = ['/edit/de', '/edit/en'];
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
