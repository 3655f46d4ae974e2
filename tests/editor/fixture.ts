import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { checkContent, type Page as ContentPage, type Site } from '../../lib/content';
import { legalTemplates } from '../../lib/content/schemas';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { gitIn } from '../../scripts/tooling/content-copy';
import { postSignIn, testAccounts, type TestRole } from '../../scripts/tooling/editor-accounts';

/** The content copy that `npm run edit` works on in these tests (see playwright.editor.config.ts). */
export const root = process.env.CONTENT_ROOT ?? '';

/** The content of the copy, as the site builds it: tests take their expectations from it. */
export function contentSite(): Site {
  const { site } = checkContent({ projectDir: root, includeDrafts: true });
  if (!site) throw new Error('the content copy has errors');
  return site;
}

/** Pages of the copy, from the same content index the site builds from. */
export const contentPages = (): ContentPage[] => contentSite().pages;

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
/** The copy's first commit: the content as the tests found it, before any save made a commit. */
export const initialCommit = () => gitIn(root, 'rev-list', '--max-parents=0', 'HEAD').trim();
/** What the tests changed since the copy was made, committed by the editor or not. */
export const diff = (...args: string[]) => gitIn(root, 'diff', initialCommit(), ...args);

/** `npm run content:check` on the copy, as staff and CI run it: its exit code. */
export function contentCheckStatus(): number {
  try {
    execFileSync('npm', ['run', 'content:check'], { env: { ...process.env, CONTENT_ROOT: root }, stdio: 'ignore' });
    return 0;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

/** Opens an entry and waits until the editor is ready for typing: its Save button turns usable once its script runs. */
export async function openEntry(page: Page, path: string) {
  await page.goto(path);
  await expect(saveButton(page)).toBeEnabled();
}

/** The Save button, in the UI language of the page. */
export const saveButton = (page: Page) =>
  page.getByRole('button', { name: uiMessages(page).Editor.entry.save, exact: true });

/** What the last save did, as the status line beside the Save button says it. */
export const saveStatus = (page: Page) => {
  const { saved, unchanged } = uiMessages(page).Editor.entry;
  return page.getByRole('status').filter({ hasText: new RegExp(`^(${saved.split('{')[0]}|${unchanged})`) });
};

/** The message of a refused save, at the top of the form. */
export const refusal = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ }).first();

/** "New page / partner / material" on the overview, as staff start it: the NAME, then the button. */
export async function startNewEntry(page: Page, kind: keyof typeof de.Editor.new.kinds, key: string) {
  await page.goto('/edit/de');
  await page.getByLabel(`${de.Editor.new.kinds[kind]}: ${de.Editor.new.key}`).fill(key);
  await page.getByRole('button', { name: de.Editor.new.kinds[kind], exact: true }).click();
}

/** The editor's messages in the language of the page shown (its address starts with /edit/de or /edit/en). */
export const uiMessages = (page: Page) => (new URL(page.url()).pathname.startsWith('/edit/en') ? en : de);

/** Signs `request` (or a page's `page.request`) in as the test account of `role`. */
export async function signIn(request: APIRequestContext, baseURL: string, role: TestRole): Promise<void> {
  expect((await postSignIn(request, baseURL, testAccounts[role])).status(), `sign-in as ${role}`).toBe(303);
}

/**
 * Every test starts from the copy as it was made: what one test saved (and committed) does not leak into the next. Its `page` and
 * `request` are signed in as the test editor; `test.use({ account: 'publisher' })` signs in the publisher instead,
 * `test.use({ account: null })` no one.
 */
export const test = base.extend<{ account: TestRole | null; cleanCopy: void }>({
  account: ['editor', { option: true }],
  cleanCopy: [
    async ({}, use) => {
      gitIn(root, 'reset', '-q', '--hard', initialCommit());
      gitIn(root, 'clean', '-qfd');
      await use();
    },
    { auto: true },
  ],
  context: async ({ context, account, baseURL }, provide) => {
    if (account) await signIn(context.request, baseURL!, account);
    await provide(context);
  },
  request: async ({ request, account, baseURL }, provide) => {
    if (account) await signIn(request, baseURL!, account);
    await provide(request);
  },
});
export { expect };
