import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acquireLock, isStale, readLock, releaseLock, updateLock } from '../../lib/editor/publish/lock';
import { appendLog, readLog } from '../../lib/editor/publish/records';
import { buildEnvironment, pagesDone } from '../../lib/editor/publish/build-export';
import { withTemporaryEditorData } from './editor-data-fixture';

withTemporaryEditorData();

/** The pid of a process that has ended. */
const endedPid = () => spawnSync('true').pid!;

describe('the publish lock', () => {
  it('is taken by one publish at a time, and free again once released', () => {
    const first = acquireLock('anna', 1000);
    expect(first).toMatchObject({ account: 'anna', pid: process.pid });
    expect(acquireLock('ben')).toBeUndefined();
    expect(readLock()?.account).toBe('anna');
    releaseLock();
    expect(acquireLock('ben')?.account).toBe('ben');
  });

  it('keeps what a publish has made so far, for recovery after a crash', () => {
    const lock = acquireLock('anna')!;
    updateLock(lock, { release: '2026-12-07T030000Z-3f9c2ab51d0e', buildGroup: 4242 });
    expect(readLock()).toMatchObject({ account: 'anna', release: '2026-12-07T030000Z-3f9c2ab51d0e', buildGroup: 4242 });
  });

  it('is stale once its process has ended or its pid belongs to another process, never while it runs', () => {
    const lock = acquireLock('anna')!;
    expect(isStale(lock)).toBe(false);
    expect(isStale({ ...lock, pid: endedPid() })).toBe(true);
    expect(isStale({ ...lock, pidStart: '1' })).toBe(true);
  });

  it('is stale when its process was killed but not yet reaped (a zombie, as after kill -9 of the editor)', async () => {
    // `exec sleep` never waits for the child it inherits: the child stays a zombie until sleep ends.
    const parent = spawn('sh', ['-c', 'sleep 0.2 & echo $!; exec sleep 5'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const zombie = Number(await new Promise<string>((resolve) => parent.stdout.once('data', resolve)));
    await expect.poll(() => fs.readFileSync(`/proc/${zombie}/stat`, 'utf8')).toMatch(/\) Z /);
    const stat = fs.readFileSync(`/proc/${zombie}/stat`, 'utf8');
    const started = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    expect(isStale({ ...acquireLock('anna')!, pid: zombie, pidStart: started })).toBe(true);
    parent.kill();
  });
});

describe('the publish log', () => {
  it('lists publishes newest first, with who, when, commit, result and duration', () => {
    appendLog({ account: 'anna', startedAt: 1, durationMs: 50_000, result: 'published', commit: 'a'.repeat(40) });
    appendLog({ account: 'ben', startedAt: 2, durationMs: 4_000, result: 'refused', commit: 'b'.repeat(40) });
    expect(readLog().map((entry) => [entry.account, entry.result, entry.durationMs])).toEqual([
      ['ben', 'refused', 4_000],
      ['anna', 'published', 50_000],
    ]);
  });

  it('keeps the newest 200 entries', () => {
    for (let time = 0; time < 205; time++)
      appendLog({ account: 'anna', startedAt: time, durationMs: 1, result: 'published' });
    const log = readLog();
    expect(log).toHaveLength(200);
    expect(log[0].startedAt).toBe(204);
  });
});

describe('the build', () => {
  it('reads the pages done from the lines of next build', () => {
    expect(pagesDone('  Generating static pages using 2 workers (10/42) ')).toEqual({ done: 10, total: 42 });
    expect(pagesDone('✓ Generating static pages using 2 workers (42/42) in 6.7s')).toEqual({ done: 42, total: 42 });
    expect(pagesDone('✓ Compiled successfully in 35.2s')).toBeUndefined();
  });

  it("runs without the editor's own mode and Next server variables, on the snapshot's content", () => {
    const env = buildEnvironment('/tmp/snapshot', {
      PATH: '/bin',
      SITE_URL: 'https://epi.example.org',
      EPI_EDITOR: '1',
      NODE_ENV: 'production',
      __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:3000',
      NEXT_RUNTIME: 'nodejs',
      CONTENT_ROOT: '/srv/content',
    } as NodeJS.ProcessEnv);
    expect(env).toEqual({
      PATH: '/bin',
      SITE_URL: 'https://epi.example.org',
      CONTENT_ROOT: '/tmp/snapshot',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  });
});
