import { z } from 'zod';
import { readDataFile, writeDataFile } from './data-folder';

const throttleLimits = { failures: 5, window: 15 * 60_000 } as const;

/** What sign-in failures are counted against: an account name, or the address a request came from. */
export type ThrottleKey = `account:${string}` | `address:${string}`;

/** Per key, the times of its recent failures (the last few within the window: older ones no longer count). */
const failuresFile = z.object({ failures: z.record(z.string(), z.array(z.number())) });
type Failures = z.infer<typeof failuresFile>['failures'];

const fileName = 'sign-in-failures.json';

/** Seconds until the keys may try again: 0 when none of them has had 5 failures in the last 15 minutes. */
export function secondsToWait(keys: ThrottleKey[], now = Date.now()): number {
  const failures = readFailures();
  const waits = keys.map((key) => {
    const recent = recentFailures(failures, key, now);
    if (recent.length < throttleLimits.failures) return 0;
    // Free again once the oldest of the last five failures leaves the window.
    return recent[recent.length - throttleLimits.failures] + throttleLimits.window - now;
  });
  return Math.ceil(Math.max(0, ...waits) / 1000);
}

/**
 * Counts an attempt as failed before its password is checked: attempts sent at once cannot all pass the count while
 * the first hashes run. A right password takes it back (`forgetFailure`).
 */
export function recordFailure(keys: ThrottleKey[], now = Date.now()): void {
  updateFailures(now, (failures) => {
    for (const key of keys) failures[key] = [...recentFailures(failures, key, now), now];
  });
}

export function forgetFailure(keys: ThrottleKey[], at: number): void {
  updateFailures(at, (failures) => {
    for (const key of keys) {
      const times = recentFailures(failures, key, at);
      const index = times.lastIndexOf(at);
      if (index >= 0) times.splice(index, 1);
      failures[key] = times;
    }
  });
}

function readFailures(): Failures {
  return readDataFile(fileName, failuresFile, { failures: {} }).failures;
}

/** One synchronous read, change and write; keys without a failure in the window are dropped. */
function updateFailures(now: number, change: (failures: Failures) => void): void {
  const failures = readFailures();
  change(failures);
  const kept = Object.entries(failures)
    .map(([key, times]) => [key, times.filter((time) => time > now - throttleLimits.window)] as const)
    .filter(([, times]) => times.length > 0)
    .map(([key, times]) => [key, times.slice(-throttleLimits.failures)]);
  writeDataFile(fileName, { failures: Object.fromEntries(kept) });
}

function recentFailures(failures: Failures, key: ThrottleKey, now: number): number[] {
  const times = Object.hasOwn(failures, key) ? failures[key] : [];
  return times.filter((time) => time > now - throttleLimits.window).sort((a, b) => a - b);
}
