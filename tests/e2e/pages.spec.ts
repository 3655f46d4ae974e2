import { expect, test } from '@playwright/test';
import { pageByKey, publishedPages } from './content-index';

for (const page of publishedPages()) {
  test(`${page.path} answers 200 with its language, one h1 and its description`, async ({ page: browser }) => {
    const response = await browser.goto(page.path);
    expect(response?.status()).toBe(200);
    await expect(browser.locator('html')).toHaveAttribute('lang', page.locale);
    await expect(browser.locator('h1')).toHaveCount(1);
    await expect(browser.locator('h1')).toHaveText(page.title);
    await expect(browser.locator('meta[name="description"]')).toHaveAttribute('content', page.description);
    await expect(browser.locator('header nav [aria-current="page"]')).toHaveCount(page.menu.includes('header') ? 1 : 0);
    await expect(browser.getByText(/863614/).first()).toBeVisible();
  });
}

const facts = {
  de: {
    status: 'Abgeschlossen am 30. Juni 2022',
    duration: '1. Januar 2020 bis 30. Juni 2022',
    funding: /kofinanziert.*Finanzhilfevereinbarung Nr\. 863614/,
    cities: 'Die sieben Partnerstädte',
  },
  en: {
    status: 'Completed on 30 June 2022',
    duration: '1 January 2020 to 30 June 2022',
    funding: /received funding.*grant agreement No 863614/,
    cities: 'The seven partner cities',
  },
} as const;

for (const locale of ['de', 'en'] as const) {
  test.describe(`key facts in ${locale}`, () => {
    test('home shows duration, computed status, funding and the seven cities', async ({ page }) => {
      await page.goto(pageByKey('home', locale).path);
      await expect(page.getByText(facts[locale].duration)).toBeVisible();
      await expect(page.getByText(facts[locale].status)).toBeVisible();
      await expect(page.getByText(facts[locale].funding).first()).toBeVisible();
      for (const city of ['Cartagena', 'Cluj-Napoca', 'Dietzenbach', 'Linköping', 'Lublin', 'Ravenna', 'Riga']) {
        await expect(page.locator('#main').getByText(city).first()).toBeVisible();
      }
      await expect(page.locator('#main')).toContainText('48');
      await expect(page.locator('#main')).toContainText('10.000'.replace('.', locale === 'de' ? '.' : ','));
      await expect(page.locator('#main')).toContainText('RoOF');
    });

    test('goals lists the six goals', async ({ page }) => {
      await page.goto(pageByKey('goals', locale).path);
      await expect(page.locator('#main ol > li, #main ul > li')).toHaveCount(6);
    });

    test('partners shows seven cities and the technical partners with country and kind', async ({ page }) => {
      await page.goto(pageByKey('partners', locale).path);
      await expect(page.getByRole('heading', { name: facts[locale].cities })).toBeVisible();
      await expect(page.locator('[data-partner-group="partner-cities"] > li')).toHaveCount(7);
      await expect(page.locator('[data-partner-group="technical-partners"] > li')).toHaveCount(6);
      const ravenna = page.locator('li', { hasText: 'Comune di Ravenna' });
      await expect(ravenna.locator('[lang="it"]')).toHaveText('Comune di Ravenna');
      await expect(ravenna).toContainText(locale === 'de' ? 'Italien' : 'Italy');
      await expect(page.getByText('Pro Arbeit – Kreis Offenbach – (AöR)').first()).toBeVisible();
    });

    test('contact offers phone and e-mail links', async ({ page }) => {
      await page.goto(pageByKey('contact', locale).path);
      await expect(page.getByRole('heading', { name: 'Bernadette Böcker' })).toBeVisible();
      await expect(page.locator('a[href="tel:+4960748058656"]')).toHaveText('+49 6074 8058-656');
      await expect(page.locator('a[href="mailto:b.boecker@proarbeit-kreis-of.de"]')).toBeVisible();
    });

    test('materials shows a helpful empty state with a way to ask', async ({ page }) => {
      await page.goto(pageByKey('materials', locale).path);
      const empty = page.locator('[data-empty-state]');
      await expect(empty).toBeVisible();
      await expect(empty.locator('a')).toHaveAttribute('href', pageByKey('contact', locale).path);
    });
  });
}
