import { expect, test } from '@playwright/test';
import { pageByKey, publishedPages } from './content-index';

const footerLinks = {
  de: ['Impressum', 'Datenschutz', 'Barrierefreiheit', 'Leichte Sprache'],
  en: ['Legal notice', 'Privacy', 'Accessibility'],
} as const;

for (const entry of publishedPages()) {
  test(`${entry.path} links the legal pages from its footer`, async ({ page }) => {
    await page.goto(entry.path);
    const footer = page.locator('footer nav');
    for (const label of footerLinks[entry.locale]) await expect(footer.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(footer.getByRole('link')).toHaveCount(footerLinks[entry.locale].length);
  });
}

test('Leichte Sprache exists in German only and says so in the switcher', async ({ page }) => {
  const easy = pageByKey('easy-language', 'de');
  expect(publishedPages().some((entry) => entry.key === 'easy-language' && entry.locale === 'en')).toBe(false);
  await page.goto('/de');
  await expect(page.locator('header nav').getByRole('link', { name: 'Leichte Sprache' })).toHaveAttribute('href', easy.path);
  await page.goto('/en');
  await expect(page.locator('header nav').getByRole('link', { name: 'Leichte Sprache' })).toHaveCount(0);
  await page.goto(easy.path);
  const switcher = page.locator('header a[hreflang="en"]');
  await expect(switcher).toHaveAttribute('href', '/en');
  await expect(page.locator('#missing-translation')).toHaveText('Diese Seite gibt es nur auf Deutsch. Der Link führt zur englischen Startseite.');
  await expect(switcher).toHaveAttribute('aria-describedby', 'missing-translation');
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')));
  expect(alternates.sort()).toEqual(['de', 'x-default']);
});

test('the privacy policy says there are no cookies, no third-party content and no tracking', async ({ page }) => {
  await page.goto(pageByKey('privacy', 'de').path);
  await expect(page.locator('main')).toContainText('keine Cookies');
  await expect(page.locator('main')).toContainText('nichts von anderen Anbietern');
  await expect(page.locator('main')).toContainText('kein Tracking');
  await expect(page.locator('main')).toContainText('Art. 6 Abs. 1 Buchst. e DSGVO');
  await page.goto(pageByKey('privacy', 'en').path);
  await expect(page.locator('main')).toContainText('no cookies');
});

test('the accessibility statement names status, feedback and the Hessian enforcement body', async ({ page }) => {
  for (const locale of ['de', 'en'] as const) {
    await page.goto(pageByKey('accessibility', locale).path);
    const main = page.locator('main');
    await expect(main).toContainText(locale === 'de' ? 'teilweise barrierefrei' : 'partially compliant');
    await expect(main).toContainText('HessBGG');
    await expect(main).toContainText('HVBIT');
    await expect(main).toContainText('LBIT');
    await expect(main).toContainText(locale === 'de' ? 'sechs Wochen' : 'six weeks');
    await expect(main.locator('a[href="mailto:b.boecker@proarbeit-kreis-of.de"]')).toBeVisible();
  }
});

test('facts not yet known are shown as marked placeholders', async ({ page }) => {
  await page.goto(pageByKey('imprint', 'de').path);
  await expect(page.locator('main mark.placeholder').first()).toContainText('PLATZHALTER');
  await expect(page.locator('main')).toContainText('Anstalt des öffentlichen Rechts');
});
