import fs from 'node:fs';
import path from 'node:path';
import { test as testWithoutPolicyWatch, type APIRequestContext, type Page } from '@playwright/test';
import { exportDir } from '../../scripts/build/folders';
import { selectNavigation, selectProject } from '../../lib/content';
import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { publishedSite } from './content-index';
import { expect, test, watchPolicies } from './fixtures';
import { siteMode } from './site-mode';

test.beforeEach(() => test.skip(siteMode() !== 'export', 'the static export only'));

/** nginx redirects `/` itself; out/index.html is what other static hosts send. Served here with nginx's policy for `/`. */
async function serveChooser(page: Page, baseURL: string, request: APIRequestContext, policyOverride?: string) {
  const policy = policyOverride ?? (await request.get('/', { maxRedirects: 0 })).headers()['content-security-policy'];
  const html = fs.readFileSync('out/index.html', 'utf8');
  await page.route(`${baseURL}/`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': policy },
      body: html,
    }),
  );
}

for (const [languages, expected] of [
  ['en-GB', '/en'],
  ['de-AT', '/de'],
  ['fr-FR', '/de'],
] as const) {
  test(`/ in the export sends a browser preferring ${languages} to ${expected}`, async ({
    browser,
    baseURL,
    request,
  }) => {
    const context = await browser.newContext({ locale: languages });
    const violations = await watchPolicies(context);
    const page = await context.newPage();
    await serveChooser(page, baseURL!, request);
    await page.goto('/');
    await expect(page).toHaveURL(`${baseURL}${expected}`);
    expect(violations).toEqual([]);
    await context.close();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ in the export offers both languages, each in its own language', async ({ page, baseURL, request }) => {
    await serveChooser(page, baseURL!, request);
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('img', { name: /European Union|Europäischen Union/ })).toBeInViewport({ ratio: 1 });
    const site = publishedSite();
    for (const locale of ['de', 'en'] as const) {
      const section = page.locator(`section[lang="${locale}"]`);
      await expect(section.locator(`a[href="/${locale}"]`)).toBeVisible();
      await expect(section.getByText(selectProject(site, locale).grantAgreement)).toBeVisible();
      const legalLinks = selectNavigation(site, locale, 'footer').map((link) => link.path);
      expect(legalLinks.length).toBeGreaterThan(0);
      expect(
        await section.locator('nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      ).toEqual(legalLinks);
    }
  });
});

// Not watched for policy violations: the policy here blocks the chooser's script on purpose.
testWithoutPolicyWatch('/ in the export: no axe violations in light and dark', async ({ page, baseURL, request }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // axe runs in the page, so JavaScript stays on; a policy without the chooser's hash keeps the page from leaving.
  await serveChooser(page, baseURL!, request, "script-src 'none'");
  await page.goto('/');
  expect(await axeViolations(page), 'light scheme').toEqual([]);
  await switchToDarkScheme(page);
  expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
});

test('the export holds no RSC payload and no script file', () => {
  const files = fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'));
  const payloads = files.filter(
    (name) =>
      name.split('/').pop()!.startsWith('__next.') ||
      (name.endsWith('.txt') && files.includes(name.replace(/\.txt$/, '.html'))),
  );
  expect(payloads).toEqual([]);
  expect(files.filter((name) => name.endsWith('.js'))).toEqual([]);
  expect(files.filter((name) => name.endsWith('.html')).length).toBeGreaterThan(publishedSite().pages.length);
});
