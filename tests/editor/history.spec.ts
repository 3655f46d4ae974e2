import type { APIRequestContext, Page } from '@playwright/test';
import { loadEntry } from '../../lib/editor/entry';
import type { EntryRef } from '../../lib/editor/types';
import de from '../../messages/de.json';
import { gitIn } from '../../scripts/tooling/content-copy';
import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { testAccounts } from '../../scripts/tooling/editor-accounts';
import { expect, fileText, initialCommit, openEntry, root, saveButton, saveStatus, test } from './fixture';

const goals = 'content/pages/goals.de.md';
const added = 'Die Partnerstädte ziehen gemeinsam Bilanz.';
const note = 'Satz zur Bilanz ergänzt';
const history = de.Editor.history;
const git = (...args: string[]) => gitIn(root, ...args).trim();
const rows = (page: Page) => page.locator('tbody tr');

/** Goals' German text with one sentence more, saved through the form with a note, as staff do. */
async function saveGoalsWithNote(page: Page) {
  await openEntry(page, '/edit/de/pages/goals');
  await page.locator('[data-column="de"] .cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(added);
  await page.getByLabel(de.Editor.entry.note).fill(note);
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText(goals);
}

/** Opens the version in row `index` of the entry's history (0: the newest). */
async function openVersion(page: Page, index: number) {
  await page.goto('/edit/de/history/pages/goals');
  await rows(page).nth(index).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(history.versionHeading.split(' ')[0]);
}

async function restoreShown(page: Page, restoreNote: string) {
  await page.getByLabel(history.restoreNote).fill(restoreNote);
  await page.getByRole('button', { name: history.restore }).click();
  await expect(page.getByRole('status').filter({ hasText: history.restored })).toBeVisible();
}

test('a save with a note is a commit by the account; the history shows it, the diff its words; restore and undo', async ({
  page,
}) => {
  const original = fileText(goals);
  await saveGoalsWithNote(page);
  expect(git('log', '-1', '--format=%an|%B')).toBe(
    `${testAccounts.editor.name}|${git('log', '-1', '--format=%s')}\n\n${note}`,
  );
  expect(git('log', '-1', '--format=%s')).toMatch(/\(de\): Text geändert$/);
  expect(git('status', '--porcelain')).toBe('');

  await page.getByRole('link', { name: history.link }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText(testAccounts.editor.name);
  await expect(rows(page).first()).toContainText(note);
  await expect(rows(page).first()).toContainText(history.current);

  await openVersion(page, 1);
  await expect(page.locator('ins')).toContainText(added);
  await expect(page.locator('ins').first()).toContainText(`[${history.added}]`);
  await expect(page.locator('del')).toHaveCount(0);
  await expect(page.frameLocator('[data-preview="de"]').locator('main')).not.toContainText(added);

  await restoreShown(page, 'Wieder wie vorher');
  expect(fileText(goals)).toBe(original);
  expect(git('log', '-1', '--format=%an|%s|%b')).toMatch(
    new RegExp(`^${testAccounts.editor.name}\\|.+ wiederhergestellt\\|Wieder wie vorher$`),
  );
  expect(git('rev-list', '--count', `${initialCommit()}..HEAD`)).toBe('2');

  // The restore is a version like any other: restoring the save before it undoes it.
  await expect(rows(page)).toHaveCount(3);
  await openVersion(page, 1);
  await expect(page.locator('del')).toContainText(added);
  await restoreShown(page, 'Doch mit Bilanz');
  expect(fileText(goals)).toContain(added);
  expect(git('rev-list', '--count', `${initialCommit()}..HEAD`)).toBe('3');
});

/** The save of an entry as the editor's form sends it, with `change` made to its German values. */
function saveBody(ref: EntryRef, change: Record<string, string>, base = loadEntry(root, ref)) {
  const form = { ...base.form, de: { ...base.form.de, values: { ...base.form.de.values, ...change } } };
  return { lang: 'de', entry: base.ref, form, versions: base.versions };
}

const postSave = (request: APIRequestContext, baseURL: string, body: object) =>
  request.post('/edit/api/save', { data: body, headers: { Origin: new URL(baseURL).origin } });

test('ten saves at once to different entries make ten commits; two saves of one entry from one base: the second is refused', async ({
  request,
  baseURL,
}) => {
  const partners = git('ls-files', 'content/partners')
    .split('\n')
    .filter((file) => file.endsWith('.de.md'))
    .slice(0, 10)
    .map((file) => file.slice('content/partners/'.length, -'.de.md'.length));
  expect(partners).toHaveLength(10);
  const before = git('rev-parse', 'HEAD');
  const website = (key: string) => `https://www.example.org/${key}`;
  const answers = await Promise.all(
    partners.map((key) =>
      postSave(request, baseURL!, saveBody({ folder: 'partners', key, isNew: false }, { website: website(key) })),
    ),
  );
  expect(answers.map((answer) => answer.status())).toEqual(partners.map(() => 200));
  expect(git('rev-list', '--count', `${before}..HEAD`)).toBe('10');
  const committed = git('log', '--format=', '--name-only', `${before}..HEAD`).split('\n').filter(Boolean).sort();
  expect(committed).toEqual(partners.map((key) => `content/partners/${key}.de.md`).sort());
  for (const key of partners) expect(fileText(`content/partners/${key}.de.md`)).toContain(website(key));
  expect(git('status', '--porcelain')).toBe('');

  const ref = { folder: 'partners', key: partners[0], isNew: false };
  const base = loadEntry(root, ref);
  const both = await Promise.all(
    ['https://www.example.org/first', 'https://www.example.org/second'].map((url) =>
      postSave(request, baseURL!, saveBody(ref, { website: url }, base)),
    ),
  );
  expect(both.map((answer) => answer.status()).sort()).toEqual([200, 409]);
  const kept = both[0].status() === 200 ? 'first' : 'second';
  expect(fileText(`content/partners/${partners[0]}.de.md`)).toContain(`https://www.example.org/${kept}`);
  expect(git('rev-list', '--count', `${before}..HEAD`)).toBe('11');
});

test('the history and a version with its diff: no axe violations in light and dark', async ({ page }) => {
  await saveGoalsWithNote(page);
  for (const open of [() => page.goto('/edit/de/history/pages/goals'), () => openVersion(page, 1)]) {
    await page.emulateMedia({ colorScheme: 'light' });
    await open();
    expect(await axeViolations(page), `${page.url()}, light scheme`).toEqual([]);
    await switchToDarkScheme(page);
    expect(await axeViolations(page, colourRules), `${page.url()}, dark scheme`).toEqual([]);
  }
});
