import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { editorDataFolder } from '@/lib/editor/auth/data-folder';

/** What a running publish leaves to clean up if its process dies: the release, the content snapshot, the build. */
const lockSchema = z.object({
  pid: z.number().int(),
  /** The process's start time (clock ticks after boot): a pid used again by another process is not the same owner. */
  pidStart: z.string(),
  account: z.string(),
  startedAt: z.number(),
  release: z.string().optional(),
  snapshot: z.string().optional(),
  buildGroup: z.number().int().optional(),
  buildStart: z.string().optional(),
});
export type PublishLock = z.infer<typeof lockSchema>;

const lockFile = () => path.join(editorDataFolder(), 'publish.lock');

/** Takes the lock (created exclusively: of two requests at once exactly one wins), or returns undefined. */
export function acquireLock(account: string, now = Date.now()): PublishLock | undefined {
  const lock: PublishLock = { pid: process.pid, pidStart: processStart(process.pid), account, startedAt: now };
  fs.mkdirSync(editorDataFolder(), { recursive: true, mode: 0o700 });
  try {
    fs.writeFileSync(lockFile(), JSON.stringify(lock), { flag: 'wx', mode: 0o600 });
    return lock;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  }
}

/** Notes what the publish has made so far, before it makes it: a crash after this line can be cleaned up. */
export function updateLock(lock: PublishLock, change: Partial<PublishLock>): PublishLock {
  const updated = { ...lock, ...change };
  const temporary = `${lockFile()}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(updated), { mode: 0o600 });
  fs.renameSync(temporary, lockFile());
  return updated;
}

export function readLock(): PublishLock | undefined {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(fs.readFileSync(lockFile(), 'utf8')));
    // A lock that cannot be read was cut off while written: its process is gone, as a dead one's.
    return parsed.success ? parsed.data : unreadable;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return unreadable;
  }
}

const unreadable: PublishLock = { pid: 0, pidStart: '', account: '', startedAt: 0 };

export const releaseLock = () => fs.rmSync(lockFile(), { force: true });

/** A lock is stale when the process that took it is no longer running. */
export function isStale(lock: PublishLock): boolean {
  return lock.pid <= 0 || processStart(lock.pid) !== lock.pidStart;
}

/** Field 22 of /proc/PID/stat, or '' when there is no such process or it has ended (a zombie not yet reaped). */
export function processStart(pid: number): string {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and parentheses: the state first.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ['Z', 'X'].includes(fields[0]) ? '' : fields[19];
  } catch {
    return '';
  }
}
