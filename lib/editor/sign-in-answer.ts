import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]);

/**
 * A refused or throttled sign-in keeps its status (401, 429) for the form post, and its body takes the browser back to
 * the sign-in page, which says why: at once, or by its link where refreshing is turned off.
 */
export async function backToSignIn(status: number, lang: Locale, target: string, headers: Record<string, string> = {}) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.signIn' });
  const href = escapeHtml(target);
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${href}">
<title>${escapeHtml(t('title'))}</title></head>
<body><p><a href="${href}">${escapeHtml(t('toForm'))}</a></p></body></html>
`;
  return new Response(html, {
    status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A 303 to an editor page after a form post, with the session cookie set or removed. */
export function seeOther(location: string, cookie: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
  });
}
