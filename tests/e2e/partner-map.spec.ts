import { expect, test } from './fixtures';
import { createTranslator } from 'next-intl';
import { selectProject } from '../../lib/content';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { pageByTemplate, publishedSite } from './content-index';
import { markerTapsMissing } from './tap-targets';

const messages = { de, en };

for (const locale of ['de', 'en'] as const) {
  test.describe(`the partner map in ${locale}`, () => {
    const { cities } = selectProject(publishedSite(), locale);
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'Partners' });
    const partnersPage = pageByTemplate('partners', locale);

    test('is drawn in the page, names every city as a link to its entry, and loads nothing', async ({
      page,
      baseURL,
    }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(partnersPage.path);
      const map = page.getByRole('group', { name: t('mapTitle') });
      await expect(map).toBeVisible();
      await expect(map.locator('desc')).toHaveText(
        t('mapDescription', { count: cities.length, cities: cities.map((city) => city.city).join(', ') }),
      );
      const markers = map.getByRole('link');
      await expect(markers).toHaveCount(cities.length);
      for (const city of cities) {
        const marker = map.getByRole('link', {
          name: t('markerLabel', { city: city.city, country: city.countryName }),
          exact: true,
        });
        await expect(marker).toHaveAttribute('href', `#partner-${city.key}`);
        await expect(marker.locator('text')).toHaveText(city.city);
        await expect(page.locator(`#partner-${city.key}`)).toContainText(city.name);
      }
      // Nothing from another host, and nothing of our own beyond the page, Next's files and the icon: no tiles, no data.
      const origin = new URL(baseURL!).origin;
      const own = /^\/(_next\/static\/|icon\.svg)/;
      expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
      expect(
        requests.map((url) => new URL(url).pathname).filter((path) => path !== partnersPage.path && !own.test(path)),
      ).toEqual([]);
    });

    test('leads from a marker to the partner entry without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(partnersPage.path);
      const city = cities[cities.length - 1];
      await page
        .getByRole('link', { name: t('markerLabel', { city: city.city, country: city.countryName }), exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`#partner-${city.key}$`));
      await expect(page.locator(`#partner-${city.key}`)).toBeInViewport();
      await context.close();
    });

    test('the home page shows a small version that links to the partners page', async ({ page }) => {
      await page.goto(pageByTemplate('home', locale).path);
      const link = page
        .locator(`a[href="${partnersPage.path}"]`)
        .filter({ has: page.getByRole('img', { name: t('mapTitle') }) });
      await expect(link).toBeVisible();
      await expect(link.locator('circle')).toHaveCount(cities.length);
    });
  });
}

test('markers stay visible in forced-colors mode, in system colours, and the map fits a 320 px screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(pageByTemplate('partners', 'de').path);
  // At 320 px the close-up is drawn; it draws the land of the whole map, which is hidden, by reference.
  const map = page.locator('svg.partner-map:visible');
  const fill = (selector: string) =>
    page
      .locator(`svg.partner-map:visible ${selector}, svg.partner-map-whole ${selector}`)
      .first()
      .evaluate((element) => getComputedStyle(element).fill);
  const systemColour = (name: string) =>
    page.evaluate((colour) => {
      const probe = document.createElement('span');
      probe.style.cssText = `forced-color-adjust: none; color: ${colour}`;
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    }, name);
  expect(await fill('.map-marker')).toBe(await systemColour('LinkText'));
  expect(await fill('.map-sea')).toBe(await systemColour('Canvas'));
  expect(await fill('.map-label')).toBe(await systemColour('CanvasText'));
  expect(await fill('.map-marker')).not.toBe(await fill('.map-sea'));
  const box = (await map.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
});

test('wherever the whole map is drawn, its markers are tap targets of 44 × 44 px that overlap nothing', async ({
  page,
}) => {
  const t = createTranslator({ locale: 'de', messages: de, namespace: 'Partners' });
  await page.goto(pageByTemplate('partners', 'de').path);
  for (const width of [640, 768, 1024, 1280]) {
    await test.step(`${width} px`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const map = page.getByRole('group', { name: t('mapTitle') });
      await map.scrollIntoViewIfNeeded();
      expect(await markerTapsMissing(map, 44)).toEqual([]);
    });
  }
});

test('the map prints in light colours whatever the screen scheme', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(pageByTemplate('partners', 'de').path);
  const sea = () => page.locator('svg.partner-map .map-sea').evaluate((element) => getComputedStyle(element).fill);
  const screen = await sea();
  await page.emulateMedia({ media: 'print' });
  expect(await sea()).toBe('rgb(255, 255, 255)');
  expect(screen).not.toBe('rgb(255, 255, 255)');
  await context.close();
});
