import fs from 'node:fs';
import type { ReleaseFolder } from '@/lib/publish/release-folder';
import { killGroup } from './build-export';
import { isStale, processStart, readLock, releaseLock } from './lock';
import { appendLog, readStatus, writeStatus } from './records';
import { workFolder } from './work-folder';

/**
 * Cleans up after a publish whose process died (a crash, kill -9, a power cut): its build, its snapshot, its release
 * if that was not yet live, a half-copied release, the lock. `current` is never touched. True if there was one.
 */
export async function recoverInterruptedPublish(folder: ReleaseFolder, now = Date.now()): Promise<boolean> {
  const lock = readLock();
  if (!lock || !isStale(lock)) return false;
  // The build runs in a group of its own and outlives the editor; a group id stays taken while a member lives.
  if (lock.buildGroup && [lock.buildStart, ''].includes(processStart(lock.buildGroup))) killGroup(lock.buildGroup);
  fs.rmSync(workFolder(), { recursive: true, force: true });
  const { entries, current } = await folder.state();
  for (const entry of entries)
    if (entry.startsWith('.incoming-') || (entry === lock.release && entry !== current)) await folder.remove(entry);
  const status = readStatus();
  if (status?.result === 'running') {
    writeStatus({ ...status, result: 'interrupted', finishedAt: now });
    appendLog({
      account: status.account,
      startedAt: status.startedAt,
      durationMs: now - status.startedAt,
      result: 'interrupted',
      commit: status.commit,
    });
  }
  releaseLock();
  return true;
}
