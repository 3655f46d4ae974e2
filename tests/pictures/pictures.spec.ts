import sharp from 'sharp';
import { test, expect } from '../e2e/fixtures';
import { axeViolations } from '../axe';
import { immutableCacheControl } from '../../lib/page-caching';
import { contentSecurityPolicy } from '../../lib/security-headers';

// The fixture's photo page and partners page (fixture-content.ts).
const photoPage = '/de/treffen';
const partnersPage = '/de/partner';
const photo = 'img[alt="Gruppenfoto der Partner in Riga"]';

test('the photo has its size and a srcset of WebP files, all from this host', async ({ page, baseURL }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  const response = await page.goto(photoPage);
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy);
  const image = page.locator(photo);
  await expect(image).toHaveAttribute('width', '2400');
  await expect(image).toHaveAttribute('height', '1600');
  await expect(image).toHaveAttribute('decoding', 'async');
  const candidates = (await image.getAttribute('srcset'))!.split(',').map((candidate) => candidate.trim().split(' '));
  expect(candidates.map(([, width]) => width)).toEqual(['480w', '960w', '1200w', '1600w']);
  for (const [url] of candidates) expect(url).toMatch(/^\/images\/riga-treffen-[0-9a-f]{12}-\d+\.webp$/);
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  expect([...hosts]).toEqual([new URL(baseURL!).host]);
});

test('a phone at 3 × downloads no file over 150 KB for the photo page', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  const page = await context.newPage();
  const sizes = new Map<string, number>();
  page.on('response', async (response) => sizes.set(new URL(response.url()).pathname, (await response.body()).length));
  await page.goto(photoPage);
  const image = page.locator(photo);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.currentSrc)).toMatch(/-1200\.webp$/);
  await page.waitForLoadState('networkidle');
  const [largest, bytes] = [...sizes].sort((a, b) => b[1] - a[1])[0];
  test.info().annotations.push({ type: 'bytes', description: JSON.stringify(Object.fromEntries(sizes)) });
  expect(bytes, `largest file: ${largest}`).toBeLessThan(150 * 1024);
  await context.close();
});

test('nothing shifts while the photo loads, also when it arrives late', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.route('**/images/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.goto(photoPage);
  const image = page.locator(photo);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
    .toBeGreaterThan(0);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
});

test('no file of the photo carries EXIF, and hashed files are kept for a year', async ({ page, request }) => {
  await page.goto(photoPage);
  const image = page.locator(photo);
  const candidates = (await image.getAttribute('srcset'))!
    .split(',')
    .map((candidate) => candidate.trim().split(' ')[0]);
  const fallback = (await image.getAttribute('src'))!;
  expect(fallback).toMatch(/\.jpg$/);
  for (const url of [fallback, ...candidates]) {
    const response = await request.get(url);
    expect(response.headers()['cache-control'], url).toBe(immutableCacheControl);
    const bytes = await response.body();
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif, url).toBeUndefined();
    expect(bytes.includes('EPI Test Camera') || bytes.includes('SN-4711'), url).toBe(false);
  }
});

test('the partner’s logo sits in its card at a fixed size, named, and the card passes axe', async ({ page }) => {
  await page.goto(partnersPage);
  const card = page.locator('#partner-pro-arbeit');
  const logo = card.getByRole('img', { name: 'Pro Arbeit – Kreis Offenbach – (AöR)' });
  await logo.scrollIntoViewIfNeeded();
  await expect.poll(() => logo.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  expect(await logo.getAttribute('src')).toMatch(/^\/images\/pro-arbeit-[0-9a-f]{12}\.svg$/);
  const box = (await logo.boundingBox())!;
  expect([Math.round(box.width), Math.round(box.height)]).toEqual([168, 72]);
  expect(await axeViolations(page, undefined, '#partner-pro-arbeit')).toEqual([]);
});

test('the pictures show with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, selector] of [
    [photoPage, photo],
    [partnersPage, '#partner-pro-arbeit img'],
  ]) {
    await page.goto(path);
    const image = page.locator(selector);
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  }
  await context.close();
});
