import { expect, test } from './fixtures';
import { publishedPages, publishedPagesIn } from './content-index';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ['de', 'en']) {
    test(`the switcher on every page in ${locale} leads to the matching page`, async ({ page: browser }) => {
      const other = locale === 'de' ? 'en' : 'de';
      for (const page of publishedPagesIn(locale)) {
        await test.step(page.path, async () => {
          await browser.goto(page.path);
          const translation = publishedPages().find(
            (candidate) => candidate.key === page.key && candidate.locale === other,
          );
          await browser.locator(`header a[hreflang="${other}"]`).click();
          await expect(browser).toHaveURL(new RegExp(`${translation?.path ?? `/${other}`}$`));
          await expect(browser.locator('html')).toHaveAttribute('lang', other);
        });
      }
    });
  }

  test('the header navigation reaches every menu page and fits a 320 px screen, where its button opens it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const locale of ['de', 'en']) {
      await page.goto(`/${locale}`);
      const menu = publishedPages().filter((entry) => entry.locale === locale && entry.menu.includes('header'));
      await expect(page.locator('header nav a')).toHaveCount(menu.length);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      for (const entry of menu) {
        await page.locator('header nav summary').click();
        await page.locator('header nav a', { hasText: entry.menuTitle }).click();
        await expect(page).toHaveURL(new RegExp(`${entry.path}$`));
        await expect(page.locator('header nav [aria-current="page"]')).toHaveText(entry.menuTitle);
      }
    }
  });
});
