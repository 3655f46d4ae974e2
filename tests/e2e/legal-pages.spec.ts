import { expect, test } from './fixtures';
import { findTranslations, selectNavigation } from '../../lib/content';
import { routing } from '../../i18n/routing';
import { pageByKey, publishedPages, publishedPagesIn, publishedSite } from './content-index';

for (const locale of ['de', 'en'] as const) {
  test(`every page in ${locale} links every footer page from its footer`, async ({ page }) => {
    const links = selectNavigation(publishedSite(), locale, 'footer');
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
      });
    }
  });
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

test('the privacy policy says there are no cookies and names the legal basis of a public body', async ({ page }) => {
  await page.goto(pageByKey('privacy', 'de').path);
  await expect(page.locator('main')).toContainText(/keine Cookies/i);
  await expect(page.locator('main')).toContainText(/Art\. 6 Abs\. 1 (Buchst\. |lit\. )?e DSGVO/);
  await page.goto(pageByKey('privacy', 'en').path);
  await expect(page.locator('main')).toContainText(/no cookies/i);
});

test('the accessibility statement names its legal basis, a way to give feedback and the Hessian enforcement body', async ({
  page,
}) => {
  for (const locale of routing.locales) {
    await page.goto(pageByKey('accessibility', locale).path);
    const main = page.locator('main');
    for (const name of ['HessBGG', 'HVBIT', 'LBIT']) await expect(main).toContainText(name);
    await expect(main).toContainText(locale === 'de' ? /(sechs|6) Wochen/ : /(six|6) weeks/);
    await expect(main.locator('a[href^="mailto:"]').first()).toBeVisible();
  }
});

// Only the law requires facts the seed does not give (compliance.md): the legal notice, the privacy policy and the
// accessibility statement. There a marked placeholder may stand until staff fill it in; on every other page an
// unknown fact is left out instead.
const legalPages = ['imprint', 'privacy', 'accessibility'];

test('no page but the legal ones shows a placeholder', async ({ request }) => {
  for (const entry of publishedPages().filter((candidate) => !legalPages.includes(candidate.key))) {
    const html = await (await request.get(entry.path)).text();
    expect.soft(html, entry.path).not.toContain('PLATZHALTER');
  }
});
