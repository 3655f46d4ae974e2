import AxeBuilder from '@axe-core/playwright';
import { expect, firstEntry, openEntry, test, translatedTextPages } from './fixture';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const lists = ['/edit/de', '/edit/en'];
const entries = [`/edit/de/pages/${translatedTextPages()[0]}`, `/edit/en/partners/${firstEntry('partners')}`, '/edit/de/new/material?key=bericht'];

for (const path of [...lists, ...entries]) {
  test(`${path}: no axe violations`, async ({ page }) => {
    if (lists.includes(path)) await page.goto(path);
    else await openEntry(page, path);
    const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  });
}
