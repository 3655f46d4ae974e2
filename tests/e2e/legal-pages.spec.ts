import { expect, test } from './fixtures';
import { findTranslations, selectNavigation } from '../../lib/content';
import { routing } from '../../i18n/routing';
import { pagePath } from '../../i18n/paths';
import { frontMatter, pageKeysWithTemplate } from './content-files';
import { publishedPages, publishedPagesIn, publishedSite } from './content-index';

// The pages the law requires (compliance.md), found in the Markdown: the German file declares the template. What each
// must say is a content rule (lib/content/legal-facts.ts, tests/unit/legal-pages.test.ts); here only their structure.
const requiredByLaw = ['imprint', 'privacy', 'accessibility'];

function legalPages(locale: 'de' | 'en') {
  return requiredByLaw.map((template) => {
    const keys = pageKeysWithTemplate(template);
    const front = keys.length === 1 ? frontMatter('pages', keys[0]!, locale) : undefined;
    const path = typeof front?.slug === 'string' ? pagePath(locale, front.slug) : undefined;
    return { template, keys, title: front?.title, path: path ?? `/${locale}/no-single-${template}-page` };
  });
}

for (const locale of ['de', 'en'] as const) {
  test(`every page in ${locale} links every footer page from its footer, the pages the law requires among them`, async ({
    page,
  }) => {
    const links = selectNavigation(publishedSite(), locale, 'footer');
    const legal = legalPages(locale);
    for (const entry of publishedPagesIn(locale)) {
      await test.step(entry.path, async () => {
        await page.goto(entry.path);
        const footer = page.locator('footer nav');
        for (const link of links)
          await expect(footer.getByRole('link', { name: link.menuTitle, exact: true })).toHaveAttribute(
            'href',
            link.path,
          );
        await expect(footer.getByRole('link')).toHaveCount(links.length);
        for (const { path } of legal) await expect(footer.locator(`a[href="${path}"]`)).toHaveCount(1);
      });
    }
  });

  for (const { template, keys, title, path } of legalPages(locale)) {
    test(`the ${template} page exists once, in ${locale} too, with its title and its headings in order`, async ({
      page,
    }) => {
      expect(keys).toHaveLength(1);
      expect((await page.goto(path))?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(String(title));
      const levels = await page
        .locator('main')
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(levels.filter((level) => level === 1)).toEqual([1]);
      expect(levels[0]).toBe(1);
      for (const [index, level] of levels.entries()) expect(level).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1);
    });
  }
}

// Pages that exist in one language only (such as Leichte Sprache): the switcher says so, hreflang lists no translation.
const oneLanguagePages = publishedPages().filter(
  (entry) => Object.keys(findTranslations(publishedSite(), entry.key)).length === 1,
);

for (const entry of oneLanguagePages) {
  test(`${entry.path} exists in one language and its switcher says so`, async ({ page }) => {
    const other = routing.locales.find((locale) => locale !== entry.locale)!;
    await page.goto(`/${other}`);
    await expect(page.locator(`a[href="${entry.path}"]`)).toHaveCount(0);
    await page.goto(entry.path);
    const switcher = page.locator(`header a[hreflang="${other}"]`);
    await expect(switcher).toHaveAttribute('href', `/${other}`);
    await expect(switcher).toHaveAttribute('aria-describedby', 'missing-translation');
    await expect(page.locator('#missing-translation')).toBeVisible();
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual([entry.locale, 'x-default']);
  });
}
