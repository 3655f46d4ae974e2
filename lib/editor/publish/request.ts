import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { isFromEditorOrigin, requireAccount, type Account } from '@/lib/editor/auth';
import { refusal } from '@/lib/editor/request-guard';

/**
 * The first step of a publish or roll-back request (a plain form post): a signed-in publisher, from the editor's own
 * page. Returns the account and the UI language to answer in, or the refusal to send.
 */
export async function openPublishRequest(request: Request): Promise<{ account: Account; lang: Locale } | Response> {
  const account = requireAccount(request, 'publisher');
  if (account instanceof Response) return account;
  if (!isFromEditorOrigin(request)) return refusal(403, { error: 'foreign_origin' });
  const form = await request.formData().catch(() => undefined);
  const lang = form?.get('lang');
  return { account, lang: hasLocale(routing.locales, lang) ? lang : routing.defaultLocale };
}

/** Back to the publish page, which shows what happened (303: the browser fetches it with GET). */
export function toPublishPage(request: Request, lang: Locale, outcome?: string): Response {
  const page = new URL(`/edit/${lang}/publish`, request.url);
  if (outcome) page.searchParams.set('outcome', outcome);
  return new Response(null, {
    status: 303,
    headers: { Location: page.pathname + page.search, 'Cache-Control': 'no-store' },
  });
}
