import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import matter from 'gray-matter';
import { placeholderPattern } from '../../lib/content/placeholders';
import { serveExport } from '../../scripts/tooling/nginx';
import { copyContent, fillPlaceholders } from '../../scripts/tooling/content-copy';
import { stylesheetOf } from '../e2e/hostile-answers';
import { writeSshStandIn } from '../fixtures/ssh-stand-in';

test.describe.configure({ mode: 'serial' });

let temporary = '';
let destination = '';
let ssh: ReturnType<typeof writeSshStandIn>;
let content = '';
let nginx: Awaited<ReturnType<typeof serveExport>>;

/** `npm run deploy` on the content copy, as an administrator runs it; its exit code and output. */
function deploy(...args: string[]) {
  const run = spawnSync('npm', ['run', 'deploy', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: content, SITE_URL: 'https://epi.example.org', DEPLOY_SSH: ssh.program },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const releases = () => fs.readdirSync(path.join(destination, 'releases')).sort();
const current = () => fs.readlinkSync(path.join(destination, 'current'));
const goals = () => path.join(content, 'content/pages/goals.de.md');
const goalsPath = () => `/de/${matter(fs.readFileSync(goals(), 'utf8')).data.slug}`;

test.beforeAll(() => {
  // Readable by nginx's workers, as /srv is.
  temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-deploy-'));
  fs.chmodSync(temporary, 0o755);
  destination = path.join(temporary, 'srv/epi-site');
  ssh = writeSshStandIn(temporary);
  // The legal pages' placeholders are for the publisher to fill; a release is refused while one is open.
  content = copyContent(process.cwd());
  fillPlaceholders(content);
});

test.afterAll(() => {
  nginx?.stop();
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  if (content) fs.rmSync(content, { recursive: true, force: true });
});

test('a first deploy makes a release that nginx serves through current', async ({ request }) => {
  const run = deploy(destination);
  expect(run.status, run.output).toBe(0);
  expect(releases()).toHaveLength(1);
  expect(current()).toBe(`releases/${releases()[0]}`);
  nginx = await serveExport(path.join(destination, 'current'));
  for (const page of ['/de', '/en', goalsPath()])
    expect((await request.get(`${nginx.origin}${page}`)).status()).toBe(200);
});

test('a second deploy over ssh switches current, and the first release’s stylesheets are still served', async ({
  request,
}) => {
  const [first] = releases();
  const firstStylesheet = stylesheetOf(await (await request.get(`${nginx.origin}/de`)).text());
  // A stylesheet of an older build, whose name the new build no longer has: visitors' cached pages may still ask for it.
  const older = `/_next/static/chunks/older-build-${Date.now()}.css`;
  fs.writeFileSync(path.join(destination, 'releases', first, older), 'body{color:#000}');
  const sentence = `Neu in der zweiten Veröffentlichung ${Date.now()}.`;
  fs.appendFileSync(goals(), `\n${sentence}\n`);

  const run = deploy(`web.example:${destination}`);
  expect(run.status, run.output).toBe(0);
  expect(ssh.hostsCalled()).toContain('web.example');
  const [, second] = releases();
  expect(releases()).toEqual([first, second]);
  expect(current()).toBe(`releases/${second}`);
  expect(await (await request.get(`${nginx.origin}${goalsPath()}`)).text()).toContain(sentence);
  for (const stylesheet of [firstStylesheet, older]) {
    const response = await request.get(`${nginx.origin}${stylesheet}`);
    expect(response.status(), stylesheet).toBe(200);
    expect(response.headers()['content-type'], stylesheet).toMatch(/^text\/css/);
  }
});

test('a run with an open placeholder, or without SITE_URL, is refused and current stays as it was', () => {
  const before = { releases: releases(), current: current() };
  fs.appendFileSync(goals(), '\n[PLATZHALTER: noch offen]\n');
  const refused = deploy(destination);
  expect(refused.status).not.toBe(0);
  expect(refused.output).toContain('goals.de.md');
  expect({ releases: releases(), current: current() }).toEqual(before);

  fs.writeFileSync(goals(), fs.readFileSync(goals(), 'utf8').replace(placeholderPattern, 'eingetragen'));
  const withoutAddress = spawnSync('npm', ['run', 'deploy', '--', destination], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_ROOT: content, SITE_URL: '' },
  });
  expect(withoutAddress.status).not.toBe(0);
  expect(withoutAddress.stderr).toContain('SITE_URL');
  expect({ releases: releases(), current: current() }).toEqual(before);
});

test('a roll-back switches current to the first release, which nginx then serves', async ({ request }) => {
  const [first] = releases();
  const run = deploy(destination, '--rollback');
  expect(run.status, run.output).toBe(0);
  expect(current()).toBe(`releases/${first}`);
  expect(await (await request.get(`${nginx.origin}${goalsPath()}`)).text()).not.toContain('zweiten Veröffentlichung');
});
