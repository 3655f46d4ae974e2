import { clientAddress, isFromEditorOrigin, safeNextPath, signIn, signInPath } from '@/lib/editor/auth';
import { formText, readFormPost } from '@/lib/editor/form-post';
import { refusal } from '@/lib/editor/request-guard';
import { backToSignIn, seeOther } from '@/lib/editor/sign-in-answer';

/**
 * The sign-in form's post. Signed in: a new session's cookie and the page asked for. Refused: 401, with the same
 * message for a wrong name and a wrong password. Throttled: 429 with Retry-After, even for the right password.
 */
export async function POST(request: Request) {
  // A form posted from another site could sign the browser in to someone else's account (login CSRF).
  if (!isFromEditorOrigin(request)) return refusal(403, { error: 'foreign_origin' });
  const post = await readFormPost(request);
  if (post instanceof Response) return post;
  const { form, lang } = post;
  const next = safeNextPath(form.get('next'));
  const result = await signIn(formText(form, 'name'), formText(form, 'password'), clientAddress(request));
  if (result.kind === 'signed-in') return seeOther(next ?? `/edit/${lang}`, result.cookie);
  if (result.kind === 'refused') return backToSignIn(401, lang, signInPath(lang, next, 'refused'));
  const wait = result.retryAfterSeconds;
  return backToSignIn(429, lang, signInPath(lang, next, 'throttled', Math.ceil(wait / 60)), {
    'Retry-After': String(wait),
  });
}
