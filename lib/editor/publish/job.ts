import fs from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { contentRoot } from '@/lib/content/root';
import { deployRelease, siteFiles } from '@/lib/publish/deploy-release';
import type { ReleaseFolder } from '@/lib/publish/release-folder';
import { releaseName } from '@/lib/publish/releases';
import { exportDir } from '@/scripts/build/folders';
import { buildExport } from './build-export';
import { acquireLock, processStart, releaseLock, updateLock, type PublishLock } from './lock';
import { appendLog, writeStatus, type PublishStatus } from './records';
import { recoverInterruptedPublish } from './recovery';
import { releaseProblems } from './release-check';
import { pushCommit } from './remote';
import { rsyncRelease } from './rsync';
import { publishFolder, publishRemote, publishRsync } from './settings';
import { committedVersion, takeSnapshot } from './snapshot';
import { workFolder } from './work-folder';

export interface PublishSetup {
  /** The project whose `npm run build:static` builds the site (the editor's own folder). */
  projectDir: string;
  /** The content repository (`CONTENT_ROOT`). */
  contentRoot: string;
  folder: ReleaseFolder;
}

const defaultSetup = (): PublishSetup => ({
  projectDir: process.cwd(),
  contentRoot: contentRoot(),
  folder: publishFolder(),
});

/**
 * Starts a publish of the committed content unless one runs: 'busy' then. The returned promise of a started one
 * resolves when it has ended, with its final status (the route does not wait for it; the page follows the status file).
 */
export async function startPublish(
  account: string,
  setup: PublishSetup = defaultSetup(),
): Promise<{ started: false } | { started: true; finished: Promise<PublishStatus> }> {
  await recoverInterruptedPublish(setup.folder);
  const lock = acquireLock(account);
  if (!lock) return { started: false };
  const status: PublishStatus = { account, startedAt: lock.startedAt, result: 'running', step: 'snapshot' };
  writeStatus(status);
  const finished = runPublish(lock, status, setup).finally(() => {
    fs.rmSync(workFolder(), { recursive: true, force: true });
    releaseLock();
  });
  return { started: true, finished };
}

async function runPublish(lock: PublishLock, status: PublishStatus, setup: PublishSetup): Promise<PublishStatus> {
  const report = (change: Partial<PublishStatus>) => writeStatus(Object.assign(status, change));
  const end = (change: Partial<PublishStatus>) => {
    report({ ...change, finishedAt: Date.now() });
    const { account, startedAt, result, commit, release } = status;
    appendLog({ account, startedAt, durationMs: status.finishedAt! - startedAt, result, commit, release });
    return status;
  };
  try {
    const commit = await committedVersion(setup.contentRoot);
    report({ commit });
    fs.mkdirSync(workFolder(), { recursive: true, mode: 0o700 });
    const snapshot = await takeSnapshot(setup.contentRoot, commit, workFolder());
    report({ step: 'check' });
    const problems = releaseProblems(snapshot.folder);
    if (problems.length > 0) return end({ result: 'refused', problems });
    report({ step: 'build' });
    const build = buildExport(setup.projectDir, snapshot.folder, (pages) => report({ pages }));
    lock = updateLock(lock, { buildGroup: build.group, buildStart: processStart(build.group) });
    const built = await build.finished;
    if (!built.ok) return end({ result: 'failed', log: built.log });
    const release = releaseName(new Date(), commit.slice(0, 12));
    lock = updateLock(lock, { release });
    report({ step: 'switch', release });
    const exported = path.join(setup.projectDir, exportDir);
    await deployRelease(setup.folder, { exportDir: exported, release, requiredFiles: siteFiles(routing.locales) });
    const remote = publishRemote();
    if (remote) {
      report({ step: 'remote' });
      await pushCommit(setup.contentRoot, remote, commit);
    }
    const rsync = publishRsync();
    if (rsync) {
      report({ step: 'rsync' });
      await rsyncRelease(rsync, setup.folder, release);
    }
    return end({ result: 'published' });
  } catch (error) {
    return end({ result: 'failed', log: (error as Error).message });
  }
}
