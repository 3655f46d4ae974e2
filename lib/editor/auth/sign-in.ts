import { findAccount, isAccountName, verifyPassword, type Role } from './account-store';
import { logAuthEvent } from './auth-log';
import { clientAddress } from './client-address';
import { sessionIdFrom, signInCookie, signOutCookie } from './cookie';
import { createSession, endSession, findSession } from './sessions';
import { forgetFailure, recordFailure, secondsToWait, type ThrottleKey } from './throttle';

/** The signed-in person, as routes and pages see them. */
export interface Account {
  name: string;
  role: Role;
}

export type SignInResult =
  | { kind: 'signed-in'; cookie: string; account: Account }
  | { kind: 'refused' }
  | { kind: 'throttled'; retryAfterSeconds: number };

/**
 * Checks a name and password from the sign-in form. `cookie` is the Set-Cookie value of a new session; `refused`
 * does not say whether the name or the password was wrong. `address` comes from `clientAddress(request)`.
 */
export async function signIn(name: string, password: string, address: string, now = Date.now()): Promise<SignInResult> {
  const keys: ThrottleKey[] = [`address:${address}`];
  if (isAccountName(name)) keys.push(`account:${name}`);
  const retryAfterSeconds = secondsToWait(keys, now);
  if (retryAfterSeconds > 0) {
    logAuthEvent('sign-in-throttled', name, address, now);
    return { kind: 'throttled', retryAfterSeconds };
  }
  recordFailure(keys, now);
  const account = await verifyPassword(name, password);
  if (!account) {
    logAuthEvent('sign-in-refused', name, address, now);
    return { kind: 'refused' };
  }
  forgetFailure(keys, now);
  const sessionId = createSession(name, account.sessionKey, now);
  logAuthEvent('signed-in', name, address, now);
  return { kind: 'signed-in', cookie: signInCookie(sessionId), account: { name, role: account.role } };
}

/**
 * The account of the request's session, or null: no cookie, an unknown or expired session, or an account that was
 * removed or got a new password since. Counts as use of the session (idle timeout).
 */
export function currentAccount(request: Request, now = Date.now()): Account | null {
  const sessionId = sessionIdFrom(request);
  const session = sessionId ? findSession(sessionId, now) : null;
  if (!sessionId || !session) return null;
  const account = findAccount(session.account);
  if (!account || account.sessionKey !== session.sessionKey) {
    endSession(sessionId);
    return null;
  }
  return { name: session.account, role: account.role };
}

/** Ends the request's session on the server; the result is the Set-Cookie value that removes it from the browser. */
export function signOut(request: Request, now = Date.now()): string {
  const sessionId = sessionIdFrom(request);
  const ended = sessionId ? endSession(sessionId) : null;
  if (ended) logAuthEvent('signed-out', ended.account, clientAddress(request), now);
  return signOutCookie();
}
