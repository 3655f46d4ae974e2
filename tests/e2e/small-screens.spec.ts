import { createTranslator } from 'next-intl';
import { selectNavigation, selectProject } from '../../lib/content';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { pageByTemplate, publishedPagesIn, publishedSite } from './content-index';
import { expect, test } from './fixtures';
import type { Page as Tab } from '@playwright/test';
import type { Page } from '../../lib/content';
import { markerTapsMissing, pointsMissing } from './tap-targets';

const messages = { de, en };
const phones = [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];
// On a phone the first screen shows the page, not the header: its title starts within this many CSS px (issue 29).
const titleTop = 320;
// WCAG 2.5.5: the menu, the language switch and the map's markers.
const targetSize = 44;

test.use({ javaScriptEnabled: false });

/** Runs `check` on every page in turn, each as a step of its own that opens the page first. */
async function onEveryPage(page: Tab, pages: Page[], check: (entry: Page) => Promise<void>) {
  for (const entry of pages) {
    await test.step(entry.path, async () => {
      await page.goto(entry.path);
      await check(entry);
    });
  }
}

for (const viewport of phones) {
  for (const locale of ['de', 'en'] as const) {
    test.describe(`${viewport.width} × ${viewport.height} in ${locale}`, () => {
      test.use({ viewport });
      const pages = publishedPagesIn(locale);
      const t = createTranslator({ locale, messages: messages[locale] });
      const menuPages = selectNavigation(publishedSite(), locale, 'header');

      test('every page shows its title and the start of its text first, in both schemes, without sideways scroll', async ({
        page,
      }) => {
        await onEveryPage(page, pages, async (entry) => {
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            const title = (await page.locator('h1').boundingBox())!;
            expect.soft(title.y, `${entry.path}, ${colorScheme}: top of the h1`).toBeLessThanOrEqual(titleTop);
            const text = (await page.locator('main h1 + *').boundingBox())!;
            expect.soft(text.y, `${entry.path}, ${colorScheme}: what follows the h1`).toBeLessThan(viewport.height);
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            );
            expect.soft(overflow, `${entry.path}, ${colorScheme}: sideways scroll`).toBeLessThanOrEqual(0);
          }
        });
      });

      test('the menu opens from the keyboard; every menu link and the language switch are reached, each shown whole', async ({
        page,
      }) => {
        await onEveryPage(page, pages, async () => {
          const menu = page.getByRole('navigation', { name: t('Layout.mainNavigation') });
          await expect(menu.locator('a').first()).toBeHidden();
          const reached: string[] = [];
          for (let step = 0; step < menuPages.length + 4; step++) {
            await page.keyboard.press('Tab');
            const focused = await page.evaluate(() => {
              const element = document.activeElement!;
              if (element.matches('header a[hreflang]')) return 'switcher';
              if (element.matches('header nav summary')) return 'menu';
              return element.closest('header nav') ? element.getAttribute('href') : null;
            });
            if (!focused) continue;
            await expect(page.locator(':focus'), `${focused} shown whole when focused`).toBeInViewport({ ratio: 1 });
            reached.push(focused);
            if (focused === 'menu') await page.keyboard.press('Enter');
          }
          expect(reached).toEqual(['menu', ...menuPages.map((menuPage) => menuPage.path), 'switcher']);
          await expect(menu.getByRole('link')).toHaveCount(menuPages.length);
        });
      });

      test('the menu button, its links and the language switch are tap targets of 44 × 44 px that overlap nothing', async ({
        page,
      }) => {
        await onEveryPage(page, pages, async () => {
          const button = page.locator('header nav summary');
          await button.click();
          const targets = [button, ...(await page.locator('header nav a').all()), page.locator('header a[hreflang]')];
          for (const target of targets) {
            const box = (await target.boundingBox())!;
            const name = await target.textContent();
            expect.soft(box.width, `${name}: width`).toBeGreaterThanOrEqual(targetSize);
            expect.soft(box.height, `${name}: height`).toBeGreaterThanOrEqual(targetSize);
            expect.soft(await pointsMissing(target, box), `${name}: taps that miss it`).toEqual([]);
          }
        });
      });

      test('the map’s markers are tap targets of 44 × 44 px that overlap nothing', async ({ page }) => {
        const { cities } = selectProject(publishedSite(), locale);
        await page.goto(pageByTemplate('partners', locale).path);
        const map = page.getByRole('group', { name: t('Partners.mapTitle') });
        await map.scrollIntoViewIfNeeded();
        await expect(map.getByRole('link')).toHaveCount(cities.length);
        expect(await markerTapsMissing(map, targetSize)).toEqual([]);
      });
    });
  }
}

for (const locale of ['de', 'en'] as const) {
  test(`${locale}: on a phone the EU emblem and a short funding line stay at the top, the full statement opens the footer`, async ({
    page,
  }) => {
    const project = selectProject(publishedSite(), locale);
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'Funding' });
    await page.setViewportSize(phones[0]);
    await page.goto(`/${locale}`);
    const header = page.locator('header');
    await expect(header.getByRole('img', { name: t('emblemAlt') })).toBeInViewport({ ratio: 1 });
    await expect(header.getByText(t('union'), { exact: true })).toBeInViewport();
    await expect(header.getByText(t('shortStatement', { fundShort: project.fund }))).toBeInViewport();
    const funding = page.locator('footer h2').first();
    await expect(funding).toHaveText(t('heading'));
    await expect(page.locator('footer')).toContainText(
      t('statement', { project: project.shortName, fund: project.fundName, grant: project.grantAgreement }),
    );
    const [fundingBox, footerBox] = [await funding.boundingBox(), await page.locator('footer').boundingBox()];
    expect(fundingBox!.y - footerBox!.y, 'the funding heading opens the footer').toBeLessThan(64);
  });

  test(`${locale}: on a phone the home page shows the project’s full subtitle, which the header leaves out`, async ({
    page,
  }) => {
    const { tagline } = selectProject(publishedSite(), locale);
    await page.setViewportSize(phones[1]);
    await page.goto(pageByTemplate('home', locale).path);
    await expect(page.locator('main').getByText(tagline, { exact: true })).toBeVisible();
  });
}
