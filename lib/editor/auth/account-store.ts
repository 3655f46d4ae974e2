import { verify } from '@node-rs/argon2';
import { z } from 'zod';
import { readDataFile, writeDataFile } from './data-folder';

export const roles = ['editor', 'publisher'] as const;
export type Role = (typeof roles)[number];

/** A login name: 2–32 of a–z, 0–9, `.`, `_`, `-`, starting with a letter (fits a git author and a log line). */
const accountNamePattern = /^[a-z][a-z0-9._-]{1,31}$/;

/** OWASP ASVS 4.0 V2.1.1 and V2.1.2: at least 12 characters, and long passphrases up to 128. */
export const passwordLength = { min: 12, max: 128 } as const;

const storedAccount = z.object({
  role: z.enum(roles),
  /** argon2id, in the PHC string format the library writes. */
  passwordHash: z.string().startsWith('$argon2id$'),
  /** Random, new with every password: a session made under another key (or another account of that name) is over. */
  sessionKey: z.string().min(32),
  createdAt: z.iso.datetime(),
  passwordChangedAt: z.iso.datetime(),
});
const accountsFile = z.object({ accounts: z.record(z.string().regex(accountNamePattern), storedAccount) });

export type StoredAccount = z.infer<typeof storedAccount>;
type AccountsFile = z.infer<typeof accountsFile>;

const fileName = 'accounts.json';

export function isAccountName(name: string): boolean {
  return accountNamePattern.test(name);
}

function readAccounts(): AccountsFile['accounts'] {
  return readDataFile(fileName, accountsFile, { accounts: {} }).accounts;
}

export interface AccountSummary {
  name: string;
  role: Role;
  createdAt: string;
  passwordChangedAt: string;
}

/** Names, roles and dates; never a hash or a key. */
export function listAccounts(): AccountSummary[] {
  return Object.entries(readAccounts())
    .map(([name, { role, createdAt, passwordChangedAt }]) => ({ name, role, createdAt, passwordChangedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function findAccount(name: string): StoredAccount | undefined {
  const accounts = readAccounts();
  // Object.hasOwn: a name like "constructor" must not find what every object inherits.
  return isAccountName(name) && Object.hasOwn(accounts, name) ? accounts[name] : undefined;
}

/** Read, change and write in one synchronous step, so no other request of this process comes in between. */
export function updateAccounts(change: (accounts: AccountsFile['accounts']) => void): void {
  const accounts = readAccounts();
  change(accounts);
  writeDataFile(fileName, { accounts });
}

/**
 * The form a password is hashed and checked in. NFKC (as NIST SP 800-63B asks) makes the same text typed on two
 * systems, one composing "ü" from two code points, one password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** A hash of a random password nobody kept: an unknown name costs the same time as a wrong password. */
const unknownAccountHash =
  '$argon2id$v=19$m=19456,t=2,p=1$A5xbn8zMhQMx0nVj+Xc1LA$3rfy9H1FQscAX+i/+D5RUPRVVQUu3yWN8bEGx9ZzGuE';

/** The account, if the name is one and the password is its password. */
export async function verifyPassword(name: string, password: string): Promise<StoredAccount | null> {
  const account = findAccount(name);
  // Longer than any password that can be set: not worth a hash.
  if ([...normalizePassword(password)].length > passwordLength.max) return null;
  const matches = await verify(account?.passwordHash ?? unknownAccountHash, normalizePassword(password));
  return account && matches ? account : null;
}
