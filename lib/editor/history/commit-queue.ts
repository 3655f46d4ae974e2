import { setTimeout as sleep } from 'node:timers/promises';

// Next bundles each route handler with its own copy of this module: the queue lives on the process, so that
// a save and a restore in different routes still wait for each other.
const queuesKey = Symbol.for('epi.editor.history.commitQueues');
const shared = globalThis as typeof globalThis & { [queuesKey]?: Map<string, Promise<void>> };

/** How long a commit waits for a lock held by another git process (a `git status` in a terminal, a publish). */
const lockPatience = { totalMs: 10_000, stepMs: 50 };

/**
 * Runs `task` after every earlier task on the same repository has finished: git allows one writer of its index
 * at a time, and ten saves at once must become ten commits.
 */
export function inCommitQueue<T>(root: string, task: () => Promise<T>): Promise<T> {
  const queues = (shared[queuesKey] ??= new Map());
  const run = (queues.get(root) ?? Promise.resolve()).then(() => retryWhileLocked(task));
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(root, settled);
  void settled.then(() => {
    if (queues.get(root) === settled) queues.delete(root);
  });
  return run;
}

async function retryWhileLocked<T>(task: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + lockPatience.totalMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (!isLocked(error) || Date.now() > deadline) throw error;
      await sleep(Math.min(lockPatience.stepMs * attempt, 500));
    }
  }
}

/** git's words when another process holds index.lock, HEAD.lock or a branch's lock. */
function isLocked(error: unknown): boolean {
  return error instanceof Error && /Unable to create '[^']*\.lock': File exists/.test(error.message);
}
