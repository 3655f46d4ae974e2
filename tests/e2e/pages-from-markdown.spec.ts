import { expect, test } from './fixtures';
import { publishedPages } from './content-index';
import { pagesFromMarkdown } from './markdown-oracle';

// The content index decides which pages exist and where; here it is checked against the Markdown files themselves.
test('the content index holds exactly the pages that the Markdown files describe', () => {
  const byPath = (pages: { path: string; locale: string; title: string }[]) =>
    pages.map(({ path, locale, title }) => ({ path, locale, title })).sort((a, b) => a.path.localeCompare(b.path));
  expect(byPath(publishedPages())).toEqual(byPath(pagesFromMarkdown()));
});

test('every page of the Markdown files is served at its address, in its language, under its title', async ({
  page: browser,
}) => {
  for (const page of pagesFromMarkdown()) {
    await test.step(page.path, async () => {
      expect((await browser.goto(page.path))?.status()).toBe(200);
      await expect(browser.locator('html')).toHaveAttribute('lang', page.locale);
      await expect(browser.locator('h1')).toHaveText(page.title);
      expect((await browser.title()).startsWith(page.menuTitle)).toBe(true);
    });
  }
});
