import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { findAccount, isAccountName, normalizePassword, updateAccounts, type Role } from './account-store';
import { passwordProblem, type PasswordProblem } from './password-policy';

/**
 * Changing accounts (`npm run accounts`). There are none until someone adds one: no default credentials. Kept apart
 * from the routes' imports, since the list of common passwords is large.
 */

export type AccountProblem = 'invalid-name' | 'exists' | 'unknown' | PasswordProblem;

export class AccountError extends Error {
  constructor(readonly problem: AccountProblem) {
    super(problem);
  }
}

/** Whether `name` can be a new account; the command line asks before it asks for a password. */
export function checkNewName(name: string): void {
  if (!isAccountName(name)) throw new AccountError('invalid-name');
  if (findAccount(name)) throw new AccountError('exists');
}

export function checkKnownName(name: string): void {
  if (!findAccount(name)) throw new AccountError('unknown');
}

export async function addAccount(name: string, role: Role, password: string, now = Date.now()): Promise<void> {
  checkNewName(name);
  const credentials = await newCredentials(password);
  const at = new Date(now).toISOString();
  updateAccounts((accounts) => {
    if (Object.hasOwn(accounts, name)) throw new AccountError('exists');
    accounts[name] = { role, ...credentials, createdAt: at, passwordChangedAt: at };
  });
}

/** Its sessions end with it: they carry a session key that no account has any more. */
export function removeAccount(name: string): void {
  updateAccounts((accounts) => {
    if (!Object.hasOwn(accounts, name)) throw new AccountError('unknown');
    delete accounts[name];
  });
}

/** A new password comes with a new session key, which ends every session of the old one. */
export async function changePassword(name: string, password: string, now = Date.now()): Promise<void> {
  checkKnownName(name);
  const credentials = await newCredentials(password);
  updateAccounts((accounts) => {
    if (!Object.hasOwn(accounts, name)) throw new AccountError('unknown');
    accounts[name] = { ...accounts[name], ...credentials, passwordChangedAt: new Date(now).toISOString() };
  });
}

async function newCredentials(password: string): Promise<{ passwordHash: string; sessionKey: string }> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountError(problem);
  // The library's defaults: argon2id with 19 MiB and 2 passes, the minimum OWASP's password storage advice names.
  const passwordHash = await hash(normalizePassword(password));
  return { passwordHash, sessionKey: randomBytes(32).toString('base64url') };
}
