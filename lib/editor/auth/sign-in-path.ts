import type { Locale } from '@/i18n/routing';

// Parsed against a base no request can name: anything that leaves it (`//host`, `https:`, `\\host`) is refused.
const base = 'http://editor.invalid';

/**
 * The page to go on to after signing in, from the `next` parameter: an editor page of this server, or null. Never
 * another site (no open redirect) and never an API route.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\\\u0000-\u001f]/.test(value)) return null;
  const url = URL.canParse(value, base) ? new URL(value, base) : null;
  if (!url || url.origin !== base) return null;
  const { pathname, search } = url;
  const isEditorPage = (pathname === '/edit' || pathname.startsWith('/edit/')) && !pathname.startsWith('/edit/api/');
  return isEditorPage ? `${pathname}${search}` : null;
}

/** The sign-in page in the UI language, with the page to come back to when there is one. */
export function signInPath(lang: Locale, next: string | null, error?: 'refused' | 'throttled', minutes?: number) {
  const query = new URLSearchParams();
  if (next) query.set('next', next);
  if (error) query.set('error', error);
  if (minutes) query.set('minutes', String(minutes));
  const search = query.toString();
  return `/edit/${lang}/sign-in${search ? `?${search}` : ''}`;
}
