import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import de from '../../messages/de.json';
import { axeViolations, colourRules, switchToDarkScheme } from '../axe';
import { commitAll, liveRelease, publishingSetup } from './publish-setup';

// One editor and one public site for the whole file, in order: each test starts from what the one before published.
test.describe.configure({ mode: 'serial' });
let setup: Awaited<ReturnType<typeof publishingSetup>>;
test.beforeAll(async () => void (setup = await publishingSetup()));
test.afterAll(async () => setup?.stop());

const t = de.Publish;
const goals = () => path.join(setup.root, 'content/pages/goals.de.md');
const publishPage = '/edit/de/publish';
const liveGoals = async () => (await fetch(`${setup.site}/de/ziele`)).text();
const publishButton = (page: Page) => page.getByRole('button', { name: t.publish, exact: true });

/** Clicks Publish, sees the live progress, and waits for the page to report the end. */
async function publish(page: Page) {
  await page.goto(publishPage);
  await publishButton(page).click();
  const progress = page.locator('[data-publish-progress]');
  await expect(progress).toContainText(t.step.split(':')[0]);
  // Without a script, the page reloads itself while the publish runs.
  expect(await (await page.request.get(publishPage)).text()).toContain('<noscript><meta http-equiv="refresh"');
  await expect(progress).toBeHidden({ timeout: 300_000 });
}

function appendCommitted(sentence: string) {
  fs.appendFileSync(goals(), `\n${sentence}\n`);
  commitAll(setup.root, sentence);
}

test('a publisher publishes: progress appears, and nginx serves the new text', async ({ browser }) => {
  const page = await setup.pageAs(browser, 'publisher');
  appendCommitted('Erste Fassung aus dem Test.');
  await publish(page);
  await expect(page.getByRole('status').filter({ hasText: t.published.split(' ')[0] })).toBeVisible();
  expect(await liveGoals()).toContain('Erste Fassung aus dem Test.');
  await expect(page.locator('[data-publish-log] tbody tr')).toHaveCount(1);
});

test('an editor sees no publish button, and its direct POST is refused with 403', async ({ browser }) => {
  const page = await setup.pageAs(browser, 'editor');
  await page.goto(publishPage);
  await expect(page.getByText(t.publishersOnly)).toBeVisible();
  await expect(publishButton(page)).toHaveCount(0);
  for (const action of ['/edit/api/publish', '/edit/api/publish/rollback']) {
    const answer = await page.request.post(action, {
      form: { lang: 'de' },
      headers: { Origin: setup.editor().origin },
      maxRedirects: 0,
    });
    expect(answer.status(), action).toBe(403);
  }
  const before = liveRelease(setup.env.PUBLISH_DIR);
  const anonymous = await fetch(`${setup.editor().origin}/edit/api/publish`, {
    method: 'POST',
    headers: { Origin: setup.editor().origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'lang=de',
  });
  expect(anonymous.status).toBe(401);
  expect(liveRelease(setup.env.PUBLISH_DIR)).toBe(before);
});

test('a publish or roll-back posted from another site is refused with 403 and starts nothing', async ({ browser }) => {
  const page = await setup.pageAs(browser, 'publisher');
  const status = path.join(setup.env.EDITOR_DATA, 'publish-status.json');
  const lastPublish = () => (fs.existsSync(status) ? fs.readFileSync(status, 'utf8') : 'none');
  const before = lastPublish();
  for (const action of ['/edit/api/publish', '/edit/api/publish/rollback']) {
    const answer = await page.request.post(action, {
      form: { lang: 'de' },
      headers: { Origin: 'https://elsewhere.example' },
      maxRedirects: 0,
    });
    expect(answer.status(), action).toBe(403);
  }
  expect(lastPublish()).toBe(before);
});

test('an open placeholder and an error refuse the publish, named with links; the site is unchanged', async ({
  browser,
}) => {
  const page = await setup.pageAs(browser, 'publisher');
  const before = liveRelease(setup.env.PUBLISH_DIR);
  const committed = fs.readFileSync(goals(), 'utf8');
  fs.appendFileSync(goals(), '\nGeplant: [PLATZHALTER: Datum der Konferenz]. Siehe [Seite](page:gibt-es-nicht).\n');
  commitAll(setup.root, 'a placeholder and a broken link');
  await page.goto(publishPage);
  await publishButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toContainText(t.refused.split(':')[0]);
  const problems = page.locator('[data-problems] li');
  await expect(problems).toHaveCount(2);
  await expect(problems.filter({ hasText: 'PLATZHALTER: Datum der Konferenz' })).toHaveCount(1);
  await expect(problems.filter({ hasText: 'gibt-es-nicht' })).toHaveCount(1);
  await expect(problems.first().getByRole('link')).toHaveAttribute('href', '/edit/de/pages/goals');
  expect(liveRelease(setup.env.PUBLISH_DIR)).toBe(before);
  expect(await liveGoals()).not.toContain('Geplant');
  expect(await axeViolations(page), 'the refused list').toEqual([]);
  fs.writeFileSync(goals(), committed);
  commitAll(setup.root, 'placeholder and link taken out again');
});

test('roll back puts the previous text live again', async ({ browser }) => {
  const page = await setup.pageAs(browser, 'publisher');
  appendCommitted('Zweite Fassung aus dem Test.');
  await publish(page);
  expect(await liveGoals()).toContain('Zweite Fassung aus dem Test.');
  await page.getByRole('button', { name: new RegExp(`^${t.rollBack.split(' {')[0]}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: t.rolledBack.split(':')[0] })).toBeVisible();
  const live = await liveGoals();
  expect(live).toContain('Erste Fassung aus dem Test.');
  expect(live).not.toContain('Zweite Fassung aus dem Test.');
});

test('the publish page: no axe violations in light and dark', async ({ browser }) => {
  const page = await setup.pageAs(browser, 'publisher');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(publishPage);
  await expect(publishButton(page)).toBeVisible();
  expect(await axeViolations(page), 'light scheme').toEqual([]);
  await switchToDarkScheme(page);
  expect(await axeViolations(page, colourRules), 'dark scheme').toEqual([]);
});
