import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLog } from '../../lib/editor/publish/records';
import { startPublish, type PublishStatus } from '../../lib/editor/publish';
import { openDestination } from '../../lib/publish/destination';
import { copyContent, fillPlaceholders, gitIn } from '../../scripts/tooling/content-copy';
import { withTemporaryEditorData } from './editor-data-fixture';

// A real publish: the release check, `npm run build:static` of this project on a git copy of the content, the switch.
withTemporaryEditorData();
const root = copyContent(process.cwd());
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-publish-site-'));
const setup = { projectDir: process.cwd(), contentRoot: root, folder: openDestination(site) };
const savedSiteUrl = process.env.SITE_URL;
beforeAll(() => void (process.env.SITE_URL = 'https://epi.example.org'));
afterAll(() => {
  for (const folder of [root, site]) fs.rmSync(folder, { recursive: true, force: true });
  if (savedSiteUrl === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = savedSiteUrl;
});

const goals = path.join(root, 'content/pages/goals.de.md');
const current = () => (fs.existsSync(`${site}/current`) ? fs.readlinkSync(`${site}/current`) : undefined);
const live = (file: string) => fs.readFileSync(path.join(site, 'current', file), 'utf8');

async function publish(account = 'anna'): Promise<PublishStatus> {
  const started = await startPublish(account, setup);
  if (!started.started) throw new Error('a publish was running');
  return started.finished;
}

function commitAll(message: string) {
  gitIn(root, 'add', '-A');
  gitIn(root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message);
}

describe('a publish of a git copy of the content', () => {
  it('is refused while placeholders are open, naming each, and nothing goes live', async () => {
    const status = await publish();
    expect(status.result).toBe('refused');
    expect(status.problems?.length).toBeGreaterThan(0);
    expect(status.problems?.every((problem) => problem.code === 'open_placeholder')).toBe(true);
    expect(status.problems?.map((problem) => problem.file)).toContain('content/pages/imprint.de.md');
    expect(current()).toBeUndefined();
  });

  it('builds the committed text, not what is unsaved, and switches current to it', async () => {
    fillPlaceholders(root);
    fs.appendFileSync(goals, '\nVeröffentlicht aus dem Test.\n');
    commitAll('placeholders filled, a published sentence');
    fs.appendFileSync(goals, '\nNoch nicht gespeichert.\n');
    const first = await startPublish('anna', setup);
    expect((await startPublish('ben', setup)).started).toBe(false);
    const status = await (first.started ? first.finished : Promise.reject(new Error('not started')));
    expect(status.log ?? '').toBe('');
    expect(status).toMatchObject({
      result: 'published',
      step: 'switch',
      commit: gitIn(root, 'rev-parse', 'HEAD').trim(),
    });
    expect(status.pages?.done).toBe(status.pages?.total);
    expect(current()).toBe(`releases/${status.release}`);
    expect(live('de/ziele.html')).toContain('Veröffentlicht aus dem Test.');
    expect(live('de/ziele.html')).not.toContain('Noch nicht gespeichert.');
    expect(readLog()[0]).toMatchObject({ account: 'anna', result: 'published', release: status.release });
  }, 600_000);

  it("shows the build's log when the build fails, and the live site stays as it was", async () => {
    const before = current();
    delete process.env.SITE_URL;
    const status = await publish();
    expect(status.result).toBe('failed');
    expect(status.log).toContain('SITE_URL');
    expect(current()).toBe(before);
    expect(fs.readdirSync(path.join(site, 'releases'))).toEqual([path.basename(before!)]);
  }, 120_000);
});
