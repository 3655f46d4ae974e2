import { contentRoot } from '@/lib/content';
import { requireAccountToWrite } from '@/lib/editor/auth';
import { formText, readFormPost } from '@/lib/editor/form-post';
import { entryFiles, restoreVersion, UnknownVersionError } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { refusal } from '@/lib/editor/request-guard';

/**
 * "Restore this version": a plain form post (it works without the page's script), answered with the way back to the
 * entry's history. The entry's files are written as they were then, as a new commit by the signed-in account.
 */
export async function POST(request: Request) {
  const account = requireAccountToWrite(request);
  if (account instanceof Response) return account;
  const post = await readFormPost(request);
  if (post instanceof Response) return post;
  const [folder, key, version, note] = ['folder', 'key', 'version', 'note'].map((name) => formText(post.form, name));
  try {
    const files = Object.values(entryFiles(folder, key));
    const commit = await restoreVersion(contentRoot(), files, version, account, note.slice(0, 2000));
    const outcome = commit ? `restored=${commit}` : 'unchanged=1';
    // A relative Location: behind a proxy, the browser stays on the address it used.
    return new Response(null, {
      status: 303,
      headers: { Location: `/edit/${post.lang}/history/${folder}/${key}?${outcome}`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof UnknownVersionError || error instanceof UnsafePathError)
      return refusal(404, { error: 'unknown_version' });
    throw error;
  }
}
