import { refusal } from '../request-guard';
import type { Role } from './account-store';
import { logAuthEvent } from './auth-log';
import { clientAddress } from './client-address';
import { isFromEditorOrigin } from './same-origin';
import { currentAccount, type Account } from './sign-in';

/** A publisher may do all an editor may, and publish and roll back. */
const rank: Record<Role, number> = { editor: 1, publisher: 2 };

/**
 * The first line of every editor route: the signed-in account, or the answer to send instead. 401 without a live
 * session, 403 when the account's role is below `role`; the body names nothing but the reason.
 */
export function requireAccount(request: Request, role: Role = 'editor', now = Date.now()): Account | Response {
  const account = currentAccount(request, now);
  if (!account) return refusal(401, { error: 'not_signed_in' });
  if (rank[account.role] < rank[role]) {
    logAuthEvent('role-refused', account.name, clientAddress(request), now);
    return refusal(403, { error: 'forbidden' });
  }
  return account;
}

/**
 * The first line of every editor route that changes something: 403 unless the request comes from the editor's own
 * pages (a form posted from another site changes nothing), then as `requireAccount`.
 */
export function requireAccountToWrite(request: Request, role: Role = 'editor'): Account | Response {
  if (!isFromEditorOrigin(request)) return refusal(403, { error: 'foreign_origin' });
  return requireAccount(request, role);
}
