import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { readDataFile, writeDataFile } from './data-folder';

const minute = 60_000;
const hour = 60 * minute;
const sessionLimits = {
  /** Unused this long, a session is over (the idle timeout). */
  idle: 8 * hour,
  /** Used or not, a session is over this long after sign-in (OWASP ASVS 4.0 V3.3.2, level 2). */
  absolute: 12 * hour,
  /** Last-seen is written at most this often, so that a busy editor does not rewrite the file on every request. */
  refresh: minute,
} as const;

const session = z.object({
  /** SHA-256 of the id the browser holds: the file alone signs nobody in. */
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  account: z.string(),
  /** The account's session key when the session began (account-store.ts). */
  sessionKey: z.string(),
  createdAt: z.number(),
  lastSeenAt: z.number(),
});
const sessionsFile = z.object({ sessions: z.array(session) });
export type Session = z.infer<typeof session>;

const fileName = 'sessions.json';

/** A new session: the id (256 random bits) goes to the browser, only its hash is kept. */
export function createSession(account: string, sessionKey: string, now = Date.now()): string {
  const id = randomBytes(32).toString('base64url');
  const sessions = readSessions().filter((other) => isLive(other, now));
  sessions.push({ idHash: digest(id).toString('hex'), account, sessionKey, createdAt: now, lastSeenAt: now });
  writeDataFile(fileName, { sessions });
  return id;
}

/** The live session with this id, its last-seen moved to now (written at most once a minute). */
export function findSession(id: string, now = Date.now()): Session | null {
  const sessions = readSessions();
  const wanted = digest(id);
  const found = sessions.find((candidate) => matches(candidate, wanted));
  if (!found || !isLive(found, now)) return null;
  if (now - found.lastSeenAt >= sessionLimits.refresh) {
    found.lastSeenAt = now;
    writeDataFile(fileName, { sessions: sessions.filter((other) => isLive(other, now)) });
  }
  return found;
}

/** Removes the session with this id and returns it, or null when there was none. */
export function endSession(id: string): Session | null {
  const sessions = readSessions();
  const wanted = digest(id);
  const ended = sessions.find((candidate) => matches(candidate, wanted));
  if (ended) writeDataFile(fileName, { sessions: sessions.filter((other) => other !== ended) });
  return ended ?? null;
}

function readSessions(): Session[] {
  return readDataFile(fileName, sessionsFile, { sessions: [] }).sessions;
}

function isLive(candidate: Session, now: number): boolean {
  return now - candidate.lastSeenAt < sessionLimits.idle && now - candidate.createdAt < sessionLimits.absolute;
}

/** Compared in constant time: how long a comparison takes tells nothing about how much of an id was right. */
function matches(candidate: Session, wanted: Buffer): boolean {
  return timingSafeEqual(Buffer.from(candidate.idHash, 'hex'), wanted);
}

function digest(id: string): Buffer {
  return createHash('sha256').update(id).digest();
}
