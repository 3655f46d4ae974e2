import { isAccountName } from './account-store';

/** Sign-in decisions, and a signed-in account refused for its role (OWASP ASVS 4.0 V7.2.1, V7.2.2). */
export type AuthEvent = 'signed-in' | 'sign-in-refused' | 'sign-in-throttled' | 'signed-out' | 'role-refused';

/**
 * One JSON line on stderr per decision (journald keeps it under systemd). Never a password: a name that
 * cannot be an account is logged as null, since it may be a password typed into the wrong field.
 */
export function logAuthEvent(event: AuthEvent, name: string, address: string, now = Date.now()): void {
  const account = isAccountName(name) ? name : null;
  console.error(JSON.stringify({ time: new Date(now).toISOString(), event, account, address }));
}
