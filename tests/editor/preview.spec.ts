import { contentPages, expect, openEntry, test, translatedTextPages } from './fixture';

const [key] = translatedTextPages();

test('each change shows in the page the preview has loaded, which runs no script, as the site', async ({ page }) => {
  const title = contentPages().find((candidate) => candidate.key === key && candidate.locale === 'de')?.title;
  await openEntry(page, `/edit/de/pages/${key}`);
  const frame = page.locator('iframe[data-preview="de"]');
  const preview = page.frameLocator('[data-preview="de"]');
  await expect(preview.locator('h1')).toHaveText(title!);
  // A mark on the document shown: a new document loaded into the frame would not have it.
  await frame.evaluate((element: HTMLIFrameElement) => (element.contentDocument!.documentElement.dataset.mark = '1'));
  for (const change of ['erste', 'zweite']) {
    await page.locator('#de-title').fill(`${title} (${change} Fassung)`);
    await expect(preview.locator('h1')).toHaveText(`${title} (${change} Fassung)`);
  }
  const shown = await frame.evaluate((element: HTMLIFrameElement) => ({
    mark: element.contentDocument!.documentElement.dataset.mark,
    title: element.contentDocument!.title,
    scripts: element.contentDocument!.querySelectorAll('body script').length,
    // Next's runtime sets window.next when it starts.
    runtime: 'next' in element.contentWindow!,
  }));
  expect(shown).toEqual({ mark: '1', title: `${title} (zweite Fassung)`, scripts: 0, runtime: false });
});
