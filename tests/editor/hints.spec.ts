import { selectPartners } from '../../lib/content';
import de from '../../messages/de.json';
import { contentSite, expect, openEntry, test, translatedTextPages } from './fixture';

test('the preview of a partner opens at that partner on the partners page, not at its top', async ({ page }) => {
  // The partner the page lists last: the city's own technical partner, else the last one.
  const partners = selectPartners(contentSite(), 'de');
  const partner = partners.find((candidate) => candidate.kind === 'local') ?? partners.at(-1)!;
  await openEntry(page, `/edit/de/partners/${partner.key}`);
  const preview = page.frameLocator('[data-preview="de"]');
  await expect(preview.locator(`#partner-${partner.key}`)).toBeInViewport();
  await expect(preview.getByRole('heading', { level: 1 })).not.toBeInViewport();
});

test('a menu name other than the title gets a hint at the menu name, gone once it is left empty', async ({ page }) => {
  await openEntry(page, `/edit/de/pages/${translatedTextPages()[0]}`);
  await page.locator('#de-title').fill('Pressemitteilungen');
  await page.locator('#de-menuTitle').fill('Ziele');
  const hint = de.Editor.entry.menuTitleDiffers
    .replace('{menuTitle}', 'Ziele')
    .replace('{title}', 'Pressemitteilungen');
  await expect(page.locator('#de-menuTitle')).toHaveAccessibleDescription(new RegExp(hint.replace(/[.()]/g, '\\$&')));
  await page.locator('#de-menuTitle').fill('');
  await expect(page.getByText(hint)).toHaveCount(0);
});
