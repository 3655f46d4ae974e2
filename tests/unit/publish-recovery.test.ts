import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, processStart, readLock, updateLock } from '../../lib/editor/publish/lock';
import { readLog, readStatus, writeStatus } from '../../lib/editor/publish/records';
import { recoverInterruptedPublish } from '../../lib/editor/publish/recovery';
import { rollBackRelease } from '../../lib/editor/publish/rollback';
import { workFolder } from '../../lib/editor/publish/work-folder';
import { openDestination } from '../../lib/publish/destination';
import { releaseName, stagingName } from '../../lib/publish/releases';
import { withTemporaryEditorData } from './editor-data-fixture';

withTemporaryEditorData();

let site = '';
beforeEach(() => void (site = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-publish-site-'))));
afterEach(() => fs.rmSync(site, { recursive: true, force: true }));

const releases = Array.from({ length: 3 }, (_, hour) => releaseName(new Date(Date.UTC(2026, 11, 7, hour)), 'abc1234'));

/** A site folder with the three releases, `current` at the one given. */
function siteWith(current: string) {
  for (const release of releases) fs.mkdirSync(path.join(site, 'releases', release), { recursive: true });
  fs.symlinkSync(`releases/${current}`, path.join(site, 'current'));
  return openDestination(site);
}
const currentRelease = () => path.basename(fs.readlinkSync(path.join(site, 'current')));
const entries = () => fs.readdirSync(path.join(site, 'releases')).sort();

/** The lock of a publish whose editor was killed: taken by a process that has ended. */
function lockOfKilledPublish(change: Parameters<typeof updateLock>[1]) {
  const lock = acquireLock('anna', 1_000)!;
  const ended = spawnSync('true').pid!;
  updateLock(lock, { pid: ended, ...change });
  writeStatus({ account: 'anna', startedAt: 1_000, result: 'running', step: 'build', commit: 'c'.repeat(40) });
}

const liveMembers = (group: number) =>
  spawnSync('ps', ['-o', 'stat=', '-g', String(group)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((state) => state && !state.startsWith('Z'));

describe('recovery after a publish was killed', () => {
  it('removes the half-copied and the not yet live release, the snapshot and the lock; current stays', async () => {
    const folder = siteWith(releases[1]);
    const halfWritten = releaseName(new Date(Date.UTC(2026, 11, 7, 5)), 'def5678');
    fs.mkdirSync(path.join(site, 'releases', stagingName(halfWritten)));
    fs.mkdirSync(path.join(site, 'releases', halfWritten));
    fs.mkdirSync(path.join(workFolder(), 'epi-publish-snapshot-x'), { recursive: true });
    lockOfKilledPublish({ release: halfWritten });

    expect(await recoverInterruptedPublish(folder, 61_000)).toBe(true);
    expect(currentRelease()).toBe(releases[1]);
    expect(entries()).toEqual(releases);
    expect(fs.existsSync(workFolder())).toBe(false);
    expect(readLock()).toBeUndefined();
    expect(readStatus()).toMatchObject({ result: 'interrupted', finishedAt: 61_000 });
    expect(readLog()[0]).toMatchObject({ account: 'anna', result: 'interrupted', durationMs: 60_000 });
    expect(acquireLock('ben')).toBeDefined();
  });

  it('ends the build the killed publish had started (its process group)', async () => {
    const folder = siteWith(releases[2]);
    const build = spawn('sh', ['-c', 'sleep 60 & sleep 60; wait'], { detached: true, stdio: 'ignore' });
    const ended = new Promise((resolve) => build.once('exit', resolve));
    lockOfKilledPublish({ buildGroup: build.pid, buildStart: processStart(build.pid!) });
    await recoverInterruptedPublish(folder);
    await expect(ended).resolves.toBeNull();
    // Its background member too (left a zombie: this machine's init reaps late).
    expect(liveMembers(build.pid!)).toEqual([]);
  });

  it('leaves a running publish alone', async () => {
    const folder = siteWith(releases[2]);
    fs.mkdirSync(path.join(site, 'releases', stagingName(releases[2].replace('T02', 'T04'))));
    acquireLock('anna');
    expect(await recoverInterruptedPublish(folder)).toBe(false);
    expect(readLock()?.account).toBe('anna');
    expect(entries()).toHaveLength(4);
  });
});

describe('roll back', () => {
  it('switches current to the release before it, and again to the one before that', async () => {
    const folder = siteWith(releases[2]);
    expect(await rollBackRelease('anna', folder)).toBe(releases[1]);
    expect(currentRelease()).toBe(releases[1]);
    expect(await rollBackRelease('anna', folder)).toBe(releases[0]);
    expect(await rollBackRelease('anna', folder)).toBeUndefined();
    expect(currentRelease()).toBe(releases[0]);
    expect(readLog().map((entry) => [entry.result, entry.release])).toEqual([
      ['rolled-back', releases[0]],
      ['rolled-back', releases[1]],
    ]);
  });

  it('waits for no publish: while one runs it is refused and changes nothing', async () => {
    const folder = siteWith(releases[2]);
    acquireLock('ben');
    expect(await rollBackRelease('anna', folder)).toBe('busy');
    expect(currentRelease()).toBe(releases[2]);
  });
});
