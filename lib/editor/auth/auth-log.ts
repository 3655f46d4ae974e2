import { isAccountName } from './account-store';

export type AuthEvent = 'signed-in' | 'sign-in-refused' | 'sign-in-throttled' | 'signed-out';

/**
 * One JSON line on stderr per sign-in decision (journald keeps it under systemd). Never a password: a name that
 * cannot be an account is logged as null, since it may be a password typed into the wrong field.
 */
export function logAuthEvent(event: AuthEvent, name: string, address: string, now = Date.now()): void {
  const account = isAccountName(name) ? name : null;
  console.error(JSON.stringify({ time: new Date(now).toISOString(), event, account, address }));
}
