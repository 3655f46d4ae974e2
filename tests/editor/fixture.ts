import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { checkContent, type Page as ContentPage } from '../../lib/content';
import { legalTemplates } from '../../lib/content/schemas';
import { gitIn } from '../../scripts/tooling/content-copy';

/** The content copy that `npm run edit` works on in these tests (see playwright.editor.config.ts). */
export const root = process.env.CONTENT_ROOT ?? '';

/** Pages of the copy, from the same content index the site builds from: tests take their expectations from it. */
export function contentPages(): ContentPage[] {
  const { site } = checkContent({ projectDir: root, includeDrafts: true });
  if (!site) throw new Error('the content copy has errors');
  return site.pages;
}

// Text pages: plain ones and those the law requires, whose template only names their role.
const textTemplates: readonly string[] = ['page', ...legalTemplates];

/** Keys of text pages that exist in German and English. */
export function translatedTextPages(): string[] {
  const pages = contentPages().filter((page) => textTemplates.includes(page.template));
  return [...new Set(pages.map((page) => page.key))].filter(
    (key) => pages.filter((page) => page.key === key).length === 2,
  );
}

/** The first entry of a collection in the copy. */
export function firstEntry(folder: string): string {
  const name = fs.readdirSync(path.join(root, 'content', folder)).sort()[0];
  return name.slice(0, name.indexOf('.'));
}

export const fileText = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
export const diff = (...args: string[]) => gitIn(root, 'diff', ...args);

/** `npm run content:check` on the copy, as staff and CI run it: its exit code. */
export function contentCheckStatus(): number {
  try {
    execFileSync('npm', ['run', 'content:check'], { env: { ...process.env, CONTENT_ROOT: root }, stdio: 'ignore' });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

/** Opens an entry and waits until the editor is ready for typing (client code loaded). */
export async function openEntry(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('[data-hydrated]')).toBeAttached();
}

/** Every test starts from the copy as committed: what one test saved does not leak into the next. */
export const test = base.extend<{ cleanCopy: void }>({
  cleanCopy: [
    async ({}, use) => {
      gitIn(root, 'checkout', '-q', '--', '.');
      gitIn(root, 'clean', '-qfd');
      await use();
    },
    { auto: true },
  ],
});
export { expect };
