import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { routing } from '../../i18n/routing';
import { deployRelease, siteFiles } from '../../lib/publish/deploy-release';
import { openDestination } from '../../lib/publish/destination';
import { releaseName } from '../../lib/publish/releases';
import de from '../../messages/de.json';
import { gitIn } from '../../scripts/tooling/content-copy';
import { commitAll, liveRelease, publishingSetup } from './publish-setup';

let setup: Awaited<ReturnType<typeof publishingSetup>>;
test.beforeAll(async () => void (setup = await publishingSetup()));
test.afterAll(async () => setup?.stop());

const t = de.Publish;
const releases = () => fs.readdirSync(path.join(setup.env.PUBLISH_DIR, 'releases')).sort();
const liveGoals = async () => (await fetch(`${setup.site}/de/ziele`)).text();
const liveMembers = (group: number) =>
  spawnSync('ps', ['-o', 'stat=', '-g', String(group)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((state) => state && !state.startsWith('Z'));

/**
 * A live release for the crash to leave alone, put in place as a deploy does: what a publish makes live is
 * publish.spec.ts's test, and a build of its own here would only wait.
 */
async function liveReleaseOf(text: string) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-live-'));
  for (const file of [...siteFiles(routing.locales), 'de/ziele.html']) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), `<!doctype html><title>EPI</title><p>${text}</p>`);
  }
  const commit = gitIn(setup.root, 'rev-parse', '--short=12', 'HEAD').trim();
  const release = releaseName(new Date(), commit);
  await deployRelease(openDestination(setup.env.PUBLISH_DIR), { exportDir: site, release, requiredFiles: [] });
  fs.rmSync(site, { recursive: true, force: true });
}

test('an editor killed during the build leaves the live site as it was; the restart cleans up, publishing goes on', async ({
  browser,
}) => {
  let page = await setup.pageAs(browser, 'publisher');
  const publish = async (sentence: string) => {
    fs.appendFileSync(path.join(setup.root, 'content/pages/goals.de.md'), `\n${sentence}\n`);
    commitAll(setup.root, sentence);
    await page.goto('/edit/de/publish');
    await page.getByRole('button', { name: t.publish, exact: true }).click();
  };
  const published = () =>
    expect(page.getByRole('status').filter({ hasText: t.published.split(' ')[0] })).toBeVisible({ timeout: 300_000 });

  await liveReleaseOf('Vor dem Absturz veröffentlicht.');
  const live = liveRelease(setup.env.PUBLISH_DIR);
  expect(await liveGoals()).toContain('Vor dem Absturz veröffentlicht.');
  const before = releases();

  await publish('Beim Absturz im Bau.');
  await expect(page.locator('[data-publish-progress]')).toContainText(t.steps.build);
  const lock = JSON.parse(fs.readFileSync(path.join(setup.env.EDITOR_DATA, 'publish.lock'), 'utf8'));
  await setup.editor().kill9();
  expect(liveRelease(setup.env.PUBLISH_DIR)).toBe(live);

  await setup.restart();
  expect(liveRelease(setup.env.PUBLISH_DIR)).toBe(live);
  expect(releases()).toEqual(before);
  expect(fs.existsSync(path.join(setup.env.EDITOR_DATA, 'publish.lock'))).toBe(false);
  expect(liveMembers(lock.buildGroup), 'the cut-off build').toEqual([]);
  expect(await liveGoals()).toContain('Vor dem Absturz veröffentlicht.');

  page = await setup.pageAs(browser, 'publisher');
  await page.goto('/edit/de/publish');
  await expect(page.getByRole('status').filter({ hasText: t.interrupted.split(',')[0] })).toBeVisible();
  await page.getByRole('button', { name: t.publish, exact: true }).click();
  await published();
  expect(await liveGoals()).toContain('Beim Absturz im Bau.');
});
