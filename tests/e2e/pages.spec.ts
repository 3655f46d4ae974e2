import { expect, test } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { selectContacts, selectMaterials, selectPartners, selectProject } from '../../lib/content';
import { formatDate } from '../../lib/dates';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { pageByTemplate, publishedPages, publishedSite } from './content-index';

for (const page of publishedPages()) {
  test(`${page.path} answers 200 with its language, one h1 and its description`, async ({ page: browser }) => {
    const response = await browser.goto(page.path);
    expect(response?.status()).toBe(200);
    await expect(browser.locator('html')).toHaveAttribute('lang', page.locale);
    await expect(browser.locator('h1')).toHaveCount(1);
    await expect(browser.locator('h1')).toHaveText(page.title);
    await expect(browser.locator('meta[name="description"]')).toHaveAttribute('content', page.description);
    await expect(browser.locator('header nav [aria-current="page"]')).toHaveCount(page.menu.includes('header') ? 1 : 0);
    await expect(browser.getByText(selectProject(publishedSite(), page.locale).grantAgreement).first()).toBeVisible();
  });
}

for (const locale of ['de', 'en'] as const) {
  test.describe(`key facts in ${locale}`, () => {
    const site = publishedSite();
    const project = selectProject(site, locale);

    test('home shows the duration, the status as of the build, the funding and every partner city', async ({ page }) => {
      await page.goto(pageByTemplate('home', locale).path);
      const main = page.locator('#main');
      const [start, end] = [formatDate(locale, project.start), formatDate(locale, project.end)];
      const t = createTranslator({ locale, messages: locale === 'de' ? de : en, namespace: 'Project' });
      await expect(main.getByText(t('dateRange', { start, end })).first()).toBeVisible();
      await expect(main.getByText(t('statusValue', { status: project.status, start, end })).first()).toBeVisible();
      await expect(page.getByText(project.grantAgreement).first()).toBeVisible();
      for (const city of project.cities) await expect(main.getByText(city.city).first()).toBeVisible();
    });

    test('partners shows every partner with its country, in its own language', async ({ page }) => {
      await page.goto(pageByTemplate('partners', locale).path);
      const partners = selectPartners(site, locale);
      for (const kind of ['city', 'technical'] as const) {
        const group = page.locator(`[data-partner-group="${kind === 'city' ? 'partner-cities' : 'technical-partners'}"] > li`);
        await expect(group).toHaveCount(partners.filter((partner) => partner.kind === kind).length);
      }
      for (const partner of partners) {
        const card = page.locator('li', { has: page.locator(`[lang="${partner.nameLanguage}"]`, { hasText: partner.name }) });
        await expect(card.first()).toContainText(partner.countryName);
      }
    });

    test('contact offers phone and e-mail links for every contact person', async ({ page }) => {
      await page.goto(pageByTemplate('contact', locale).path);
      for (const contact of selectContacts(site, locale)) {
        await expect(page.getByRole('heading', { name: contact.name })).toBeVisible();
        await expect(page.locator(`a[href="${contact.phoneHref}"]`)).toHaveText(contact.phone);
        await expect(page.locator(`a[href="mailto:${contact.email}"]`).first()).toBeVisible();
      }
    });

    test('materials lists every document, or says there are none and where to ask', async ({ page }) => {
      await page.goto(pageByTemplate('materials', locale).path);
      const materials = selectMaterials(site, locale);
      await expect(page.locator('[data-empty-state]')).toHaveCount(materials.length === 0 ? 1 : 0);
      if (materials.length === 0) {
        await expect(page.locator('[data-empty-state] a')).toHaveAttribute('href', pageByTemplate('contact', locale).path);
      }
      for (const material of materials) await expect(page.locator(`a[href="${material.href}"]`)).toContainText(material.title);
    });
  });
}
