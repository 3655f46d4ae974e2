/**
 * `npm run screenshots`: every page of the content index in each language, at phone and desktop width, in the light
 * and the dark scheme, as full-page PNGs in docs/screenshots/, and at phone width also the first screen alone (what a
 * visitor sees before scrolling). They are kept small for the repository: one device pixel per CSS pixel, and a
 * palette of at most 256 colours (sharp), which flat pages of text lose nothing to.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { checkContent } from '../lib/content';
import { chromiumLaunchOptions } from './tooling/chromium';
import { startServer } from './tooling/production-server';

const folder = 'docs/screenshots';
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const schemes = ['light', 'dark'] as const;

async function main() {
  const { site } = checkContent({ includeDrafts: false });
  if (!site) throw new Error('The content has errors: run npm run content:check');
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  let bytes = 0;
  try {
    for (const [device, viewport] of Object.entries(widths)) {
      for (const colorScheme of schemes) {
        const context = await browser.newContext({
          viewport,
          colorScheme,
          deviceScaleFactor: 1,
          javaScriptEnabled: false,
        });
        const tab = await context.newPage();
        for (const page of site.pages) {
          await tab.goto(`${server.origin}${page.path}`);
          const name = `${page.locale}-${page.slug || 'home'}-${device}-${colorScheme}`;
          bytes += await save(await tab.screenshot({ fullPage: true }), `${name}.png`);
          if (device === 'phone') bytes += await save(await tab.screenshot(), `${name}-first-screen.png`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const count = site.pages.length * (Object.keys(widths).length + 1) * schemes.length;
  console.log(`${count} screenshots in ${folder}, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
}

/** Writes a screenshot with a palette and answers its size in bytes. */
async function save(screenshot: Buffer, file: string): Promise<number> {
  const target = path.join(folder, file);
  // Without dithering: on a flat tinted band (the status note) it drew shapes that are not on the page.
  await sharp(screenshot).png({ palette: true, quality: 90, compressionLevel: 9, effort: 4, dither: 0 }).toFile(target);
  return fs.statSync(target).size;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
