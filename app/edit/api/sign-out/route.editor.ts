import { isFromEditorOrigin, signInPath, signOut } from '@/lib/editor/auth';
import { readFormPost } from '@/lib/editor/form-post';
import { refusal } from '@/lib/editor/request-guard';
import { seeOther } from '@/lib/editor/sign-in-answer';

/** The sign-out button's post: ends the session on the server, removes the cookie, and shows the sign-in page. */
export async function POST(request: Request) {
  if (!isFromEditorOrigin(request)) return refusal(403, { error: 'foreign_origin' });
  const post = await readFormPost(request);
  if (post instanceof Response) return post;
  return seeOther(signInPath(post.lang, null), signOut(request));
}
