import { routing, type Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { isFromEditorOrigin, requireAccount } from '@/lib/editor/auth';
import { entryFiles, restoreVersion, UnknownVersionError } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { refusal } from '@/lib/editor/request-guard';

/**
 * "Restore this version": a plain form post (it works without the page's script), answered with the way back to the
 * entry's history. The entry's files are written as they were then, as a new commit by the signed-in account.
 */
export async function POST(request: Request) {
  if (!isFromEditorOrigin(request)) return refusal(403, { error: 'foreign_origin' });
  const account = requireAccount(request);
  if (account instanceof Response) return account;
  const form = await request.formData().catch(() => undefined);
  const [folder, key, version, note, lang] = ['folder', 'key', 'version', 'note', 'lang'].map((name) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : '';
  });
  try {
    const files = Object.values(entryFiles(folder, key));
    const commit = await restoreVersion(contentRoot(), files, version, account, note.slice(0, 2000));
    const locale = routing.locales.includes(lang as Locale) ? lang : routing.defaultLocale;
    const outcome = commit ? `restored=${commit}` : 'unchanged=1';
    // A relative Location: behind a proxy, the browser stays on the address it used.
    return new Response(null, {
      status: 303,
      headers: { Location: `/edit/${locale}/history/${folder}/${key}?${outcome}`, 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    if (error instanceof UnknownVersionError || error instanceof UnsafePathError)
      return refusal(404, { error: 'unknown_version' });
    throw error;
  }
}
