import { hasLocale } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import { refusal } from './request-guard';

/**
 * The fields of a plain HTML form post (sign-in, sign-out), or the answer to send: only that content type is taken.
 * `lang` is the UI language the form was shown in.
 */
export async function readFormPost(request: Request): Promise<{ form: FormData; lang: Locale } | Response> {
  if (!request.headers.get('content-type')?.startsWith('application/x-www-form-urlencoded'))
    return refusal(415, { error: 'content_type' });
  const form = await request.formData().catch(() => null);
  if (!form) return refusal(400, { error: 'bad_request' });
  const lang = form.get('lang');
  return { form, lang: hasLocale(routing.locales, lang) ? lang : routing.defaultLocale };
}

/** A text field of the form, or '' when it is missing or a file. */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
