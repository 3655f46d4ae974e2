import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import type { Role } from './account-store';
import { requireAccount } from './require-account';
import type { Account } from './sign-in';
import { safeNextPath, signInPath } from './sign-in-path';

/**
 * The first line of every editor page: the signed-in account. Without a live session the page redirects to the
 * sign-in page, which links back to `path`; a role below `role` gets the 403 page. Nothing of the page is rendered.
 */
export async function requirePageAccount(lang: Locale, path: string, role: Role = 'editor'): Promise<Account> {
  const request = new Request('http://editor.invalid/', { headers: await headers() });
  const result = requireAccount(request, role);
  if (!(result instanceof Response)) return result;
  if (result.status === 403) forbidden();
  redirect(signInPath(routing.locales.includes(lang) ? lang : routing.defaultLocale, safeNextPath(path)));
}
