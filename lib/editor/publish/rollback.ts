import { rollBack } from '@/lib/publish/deploy-release';
import type { ReleaseFolder } from '@/lib/publish/release-folder';
import { releaseBefore } from '@/lib/publish/releases';
import { acquireLock, releaseLock } from './lock';
import { appendLog } from './records';
import { recoverInterruptedPublish } from './recovery';
import { serverFolder } from './rsync';
import { publishFolder, publishRsync } from './settings';

/**
 * Switches `current` back to the release before it (no build: one rename), on the web server of PUBLISH_RSYNC too.
 * 'busy' while a publish runs; undefined when there is no earlier release.
 */
export async function rollBackRelease(
  account: string,
  folder: ReleaseFolder = publishFolder(),
): Promise<string | 'busy' | undefined> {
  await recoverInterruptedPublish(folder);
  const lock = acquireLock(account);
  if (!lock) return 'busy';
  try {
    const { entries, current } = await folder.state();
    if (!releaseBefore(entries, current)) return undefined;
    const previous = await rollBack(folder);
    const server = publishRsync();
    if (server) await serverFolder(server).switchTo(previous);
    const durationMs = Date.now() - lock.startedAt;
    appendLog({ account, startedAt: lock.startedAt, durationMs, result: 'rolled-back', release: previous });
    return previous;
  } finally {
    releaseLock();
  }
}
