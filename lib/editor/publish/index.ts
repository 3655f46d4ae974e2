/** One-click publish and roll-back of the editing server (docs/decisions/publish-from-the-editor.md). */
import { releaseBefore, sortedReleases } from '@/lib/publish/releases';
import { readLog, readStatus, type PublishLogEntry, type PublishStatus } from './records';
import { recoverInterruptedPublish } from './recovery';
import { publishFolder } from './settings';

export { startPublish } from './job';
export { rollBackRelease } from './rollback';
export { entryAddress } from './release-check';
export { publishSteps, type PublishLogEntry, type PublishProblem, type PublishStatus } from './records';

export interface PublishState {
  /** The last publish (running or ended), if any. */
  status?: PublishStatus;
  log: PublishLogEntry[];
  releases: string[];
  current?: string;
  /** The release a roll-back would switch to. */
  previous?: string;
}

/** What the publish page shows; a publish whose process died is cleaned up first. */
export async function publishState(folder = publishFolder()): Promise<PublishState> {
  await recoverInterruptedPublish(folder);
  const { entries, current } = await folder.state();
  return {
    status: readStatus(),
    log: readLog(),
    releases: sortedReleases(entries),
    current,
    previous: releaseBefore(entries, current),
  };
}
