import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * The accounts of the editor's tests: one of each role, made with `npm run accounts` (password piped) in a temporary
 * EDITOR_DATA by playwright.editor.config.ts. Known passwords are fine here: the folder lives as long as the run.
 */
export const testAccounts = {
  editor: { name: 'erika', password: 'Redaktion im Test, nur hier 1' },
  publisher: { name: 'paul', password: 'Veröffentlichen im Test, nur hier 2' },
} as const;
export type TestRole = keyof typeof testAccounts;

/** Adds an account with `npm run accounts`, as an administrator does, the password piped in. */
export function addAccount(dataFolder: string, name: string, role: TestRole, password: string): void {
  execFileSync('npm', ['run', '--silent', 'accounts', '--', 'add', name, '--role', role], {
    input: `${password}\n`,
    env: { ...process.env, EDITOR_DATA: dataFolder },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
}

/** Adds the account unless it exists: a worker that restarts after a failed test runs its file's beforeAll again. */
export function ensureAccount(dataFolder: string, name: string, role: TestRole, password: string): void {
  const file = path.join(dataFolder, 'accounts.json');
  const existing = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts: object }) : null;
  if (!existing || !(name in existing.accounts)) addAccount(dataFolder, name, role, password);
}

/** A new temporary EDITOR_DATA holding the test accounts. */
export function createTestAccounts(): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'epi-editor-data-')), 'data');
  for (const [role, { name, password }] of Object.entries(testAccounts))
    addAccount(folder, name, role as TestRole, password);
  return folder;
}

/**
 * Signs in through the sign-in route, as the form does; the session cookie stays in `request` (a page's
 * `page.request` signs in its page). Returns the route's answer.
 */
export async function postSignIn(
  request: APIRequestContext,
  baseURL: string,
  fields: { name: string; password: string; next?: string },
  headers: Record<string, string> = {},
) {
  return request.post('/edit/api/sign-in', {
    form: { lang: 'de', ...fields },
    headers: { Origin: new URL(baseURL).origin, ...headers },
    maxRedirects: 0,
  });
}
