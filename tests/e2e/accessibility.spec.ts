import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { expect, test } from './fixtures';
import { selectContacts, selectPartners } from '../../lib/content';
import { pageByTemplate, publishedPages, publishedPagesIn, publishedSite } from './content-index';

const pages = publishedPages();

for (const entry of [...pages.map((page) => page.path), '/de/unbekannt', '/en/unknown']) {
  test(`${entry}: no axe violations in light and dark, landmarks and headings in order`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(entry);
    expect(await axeViolations(page), 'light scheme').toEqual([]);
    for (const landmark of ['header', 'nav', 'main', 'footer'])
      await expect(page.locator(landmark).first()).toBeVisible();
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]).toBeLessThanOrEqual(1));
    await switchToDarkScheme(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
  });
}

for (const locale of ['de', 'en']) {
  test(`${locale}: the skip link comes first and moves focus to the content`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveAttribute('href', '#main');
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
  });

  test(`${locale}: every link can be reached with the keyboard and shows its focus`, async ({ page }) => {
    await page.goto(`/${locale}`);
    const links = await page.locator('a[href]').count();
    const reached = new Set<string>();
    for (let step = 0; step < links + 2; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const key = String([...document.querySelectorAll('a[href]')].indexOf(element));
        return { tag: element.tagName, key, outline: style.outlineStyle };
      });
      if (focused.tag !== 'A') continue;
      expect(focused.outline, focused.key).not.toBe('none');
      reached.add(focused.key);
    }
    expect(reached.size).toBeGreaterThanOrEqual(links);
  });

  test(`${locale}: the EU emblem and funding statement are visible without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`/${locale}`);
    const emblem = page.getByRole('img', {
      name: locale === 'de' ? 'Flagge der Europäischen Union' : 'Flag of the European Union',
    });
    await expect(emblem).toBeInViewport({ ratio: 1 });
    const box = (await emblem.boundingBox())!;
    expect(Math.round((box.width / box.height) * 10) / 10).toBe(1.5);
    await expect(
      page.getByText(locale === 'de' ? 'Europäische Union' : 'European Union', { exact: true }),
    ).toBeInViewport();
    await expect(page.getByText(/863614/).first()).toBeInViewport();
    await expect(emblem.locator('polygon')).toHaveCount(12);
    await expect(emblem.locator('rect')).toHaveAttribute('fill', '#003399');
  });
}

for (const locale of ['de', 'en']) {
  test(`${locale}: no page scrolls sideways at 320 px or at 200 % text size`, async ({ page }) => {
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const entry of publishedPagesIn(locale)) {
      await test.step(entry.path, async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(entry.path);
        expect.soft(await overflow(), `${entry.path} at 320 px`).toBeLessThanOrEqual(0);
        await page.setViewportSize({ width: 640, height: 800 });
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        expect.soft(await overflow(), `${entry.path} at 200 % text size`).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('printing leaves out navigation and writes out link addresses', async ({ page }) => {
  const [contact] = selectContacts(publishedSite(), 'de');
  await page.goto(pageByTemplate('contact', 'de').path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header nav')).toBeHidden();
  await expect(page.locator('footer nav')).toBeHidden();
  const after = await page
    .locator(`main a[href="mailto:${contact.email}"]`)
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(`mailto:${contact.email}`);
});

test('transitions run normally and are switched off when the visitor asks for reduced motion', async ({ page }) => {
  const animated = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('*')].filter(
          (element) => parseFloat(getComputedStyle(element).transitionDuration) > 0.001,
        ).length,
    );
  await page.goto('/de');
  expect(await animated()).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animated()).toBe(0);
});

test('names in other languages carry their lang', async ({ page }) => {
  for (const locale of ['de', 'en'] as const) {
    await page.goto(pageByTemplate('partners', locale).path);
    for (const partner of selectPartners(publishedSite(), locale).filter(
      (candidate) => candidate.nameLanguage !== locale,
    )) {
      await expect(page.locator(`[lang="${partner.nameLanguage}"]`, { hasText: partner.name }).first()).toBeVisible();
    }
  }
});
