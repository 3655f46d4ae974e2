import type { Locale } from '@/i18n/routing';
import { requireAccountToWrite, type Account } from '@/lib/editor/auth';
import { readFormPost } from '@/lib/editor/form-post';

/**
 * The first step of a publish or roll-back request (a plain form post): from the editor's own page, by a signed-in
 * publisher. Returns the account and the UI language to answer in, or the refusal to send.
 */
export async function openPublishRequest(request: Request): Promise<{ account: Account; lang: Locale } | Response> {
  const account = requireAccountToWrite(request, 'publisher');
  if (account instanceof Response) return account;
  const form = await readFormPost(request);
  if (form instanceof Response) return form;
  return { account, lang: form.lang };
}

/** Back to the publish page, which shows what happened (303: the browser fetches it with GET). */
export function toPublishPage(lang: Locale, outcome?: string): Response {
  const page = `/edit/${lang}/publish${outcome ? `?outcome=${encodeURIComponent(outcome)}` : ''}`;
  return new Response(null, { status: 303, headers: { Location: page, 'Cache-Control': 'no-store' } });
}
