import { expect, test } from './fixtures';
import { createTranslator } from 'next-intl';
import { selectContacts, selectMaterials, selectPartners, selectProject } from '../../lib/content';
import { formatDate } from '../../lib/dates';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { frontMatter } from './content-files';
import { pageByTemplate, publishedPagesIn, publishedSite } from './content-index';

for (const locale of ['de', 'en'] as const) {
  test(`every page in ${locale} answers 200 with its language, one h1 and its description`, async ({
    page: browser,
  }) => {
    for (const page of publishedPagesIn(locale)) {
      await test.step(page.path, async () => {
        const response = await browser.goto(page.path);
        expect(response?.status()).toBe(200);
        await expect(browser.locator('html')).toHaveAttribute('lang', page.locale);
        await expect(browser.locator('h1')).toHaveCount(1);
        await expect(browser.locator('h1')).toHaveText(page.title);
        await expect(browser.locator('meta[name="description"]')).toHaveAttribute('content', page.description);
        await expect(browser.locator('header nav [aria-current="page"]')).toHaveCount(
          page.menu.includes('header') ? 1 : 0,
        );
        await expect(
          browser.getByText(selectProject(publishedSite(), page.locale).grantAgreement).first(),
        ).toBeVisible();
      });
    }
  });
}

const messages = { de, en };

for (const locale of ['de', 'en'] as const) {
  test.describe(`key facts in ${locale}`, () => {
    const site = publishedSite();
    const project = selectProject(site, locale);
    const t = createTranslator({ locale, messages: messages[locale] });
    const dates = { start: formatDate(locale, project.start), end: formatDate(locale, project.end) };

    test('home shows the computed status, the duration, the figures, the cities and the goals', async ({ page }) => {
      await page.goto(pageByTemplate('home', locale).path);
      const glance = page.locator('section[aria-labelledby="project-glance"]');
      await expect(glance.locator('[data-fact="status"]')).toHaveText(
        t('Project.statusValue', { status: project.status }),
      );
      await expect(glance.locator('[data-fact="duration"]')).toHaveText(t('Project.dateRange', dates));
      await expect(page.locator('[data-status]')).toContainText(
        t('Project.statusNote', { status: project.status, ...dates }),
      );
      for (const count of [project.cities.length, project.technicalPartners.length, project.goals.length]) {
        await expect(glance.getByText(String(count), { exact: true }).first()).toBeVisible();
      }
      await expect(glance.locator('[data-glance="cities"] > li')).toHaveText(
        project.cities.map((city) => `${city.city} (${city.countryName})`),
      );
      await expect(glance.locator('[data-goals] > li')).toHaveText(
        project.goals.map((goal, index) => `${index + 1}${goal}`),
      );
      await expect(page.getByText(project.grantAgreement).first()).toBeVisible();
    });

    test('home says near its top who publishes the site, in the words of its file', async ({ page }) => {
      const home = pageByTemplate('home', locale);
      const lead = frontMatter('pages', home.key, locale)?.lead;
      await page.goto(home.path);
      if (typeof lead === 'string') await expect(page.locator('h1 + p')).toHaveText(lead);
      else await expect(page.locator('h1 + p')).toHaveCount(0);
    });

    test('the goals page lists the goals from the project file', async ({ page }) => {
      await page.goto(pageByTemplate('goals', locale).path);
      await expect(page.locator('#main [data-goals] > li')).toHaveCount(project.goals.length);
    });

    test('partners shows the cities, the technical partners and the local partner apart, each with country and kind', async ({
      page,
    }) => {
      await page.goto(pageByTemplate('partners', locale).path);
      const local = selectPartners(site, locale).filter((partner) => partner.kind === 'local');
      await expect(
        page.getByRole('heading', { name: t('Partners.citiesHeading', { count: project.cities.length }) }),
      ).toBeVisible();
      await expect(page.locator('[data-partner-group="partner-cities"] > li')).toHaveCount(project.cities.length);
      await expect(page.locator('[data-partner-group="technical-partners"] > li')).toHaveCount(
        project.technicalPartners.length,
      );
      await expect(page.locator('[data-partner-group="local-partners"] > li')).toHaveCount(local.length);
      for (const partner of [...project.cities, ...project.technicalPartners]) {
        const entry = page.locator(`#partner-${partner.key}`);
        await expect(entry.locator(`[lang="${partner.nameLanguage}"]`)).toHaveText(partner.name);
        await expect(entry).toContainText(partner.countryName);
        await expect(entry).toContainText(t('Partners.kind', { kind: partner.kind }));
        // A name in another language is followed by the name in the page's, as the partner's file gives it.
        const translated = frontMatter('partners', partner.key, locale)?.nameTranslation;
        if (typeof translated === 'string' && partner.nameLanguage !== locale)
          await expect(entry.getByText(translated, { exact: true })).toBeVisible();
      }
      await expect(page.locator(`#partner-${project.publisher.key}`)).toContainText(t('Partners.publisher'));
    });

    test('contact offers phone and e-mail links for every contact person', async ({ page }) => {
      await page.goto(pageByTemplate('contact', locale).path);
      for (const contact of selectContacts(site, locale)) {
        await expect(page.getByRole('heading', { name: contact.name })).toBeVisible();
        await expect(page.locator(`a[href="${contact.phoneHref}"]`)).toHaveText(contact.phone);
        await expect(page.locator(`a[href="mailto:${contact.email}"]`).first()).toBeVisible();
      }
    });

    test('materials lists every document, or says in one sentence that there is none', async ({ page }) => {
      const materials = selectMaterials(site, locale);
      await page.goto(pageByTemplate('materials', locale).path);
      if (materials.length === 0) {
        await expect(page.locator('[data-empty-state]')).toHaveText(t('Materials.empty'));
        await expect(page.locator('#main p')).toHaveCount(1);
      }
      await expect(page.locator('[data-materials] > li')).toHaveCount(materials.length);
      for (const material of materials)
        await expect(page.locator(`a[href="${material.href}"]`)).toContainText(material.title);
    });
  });
}
