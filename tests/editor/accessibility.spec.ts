import AxeBuilder from '@axe-core/playwright';
import { expect, firstEntry, openEntry, test, translatedTextPages } from './fixture';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const lists = ['/edit/de', '/edit/en'];
const entries = [`/edit/de/pages/${translatedTextPages()[0]}`, `/edit/en/partners/${firstEntry('partners')}`, '/edit/de/new/material?key=bericht'];
// The editor follows the site's colour scheme: one list and one entry also in the dark one.
const darkChecked = [lists[0], entries[0]];

for (const path of [...lists, ...entries]) {
  for (const colorScheme of darkChecked.includes(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
    test(`${path} (${colorScheme}): no axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      if (lists.includes(path)) await page.goto(path);
      else await openEntry(page, path);
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
    });
  }
}
