import { routing, type Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { pictureFile, pictureUses } from '@/lib/editor/picture-library';
import { answerForm, wantsPage } from '@/lib/editor/picture-answers';
import { UnsafePathError } from '@/lib/editor/paths';
import { requireAccountToWrite } from '@/lib/editor/auth';
import { writeAndCommitFile } from '@/lib/editor/history';
import { fileExists } from '@/lib/editor/store';

/** Deletes a picture from content/images/ as a commit by the signed-in account, refused while a saved page or partner still uses it. */
export async function POST(request: Request) {
  const account = requireAccountToWrite(request);
  if (account instanceof Response) return account;
  const form = await request.formData().catch(() => undefined);
  const lang = routing.locales.find((locale) => locale === form?.get('lang')) ?? routing.defaultLocale;
  const answer = answerForm(lang as Locale, wantsPage(request));
  const name = String(form?.get('name') ?? '');
  const root = contentRoot();
  let file: string;
  try {
    file = pictureFile(name);
  } catch (error) {
    if (error instanceof UnsafePathError) return answer.refused(404, 'unknown_picture');
    throw error;
  }
  if (!fileExists(root, file)) return answer.refused(404, 'unknown_picture');
  const uses = pictureUses(root).get(name) ?? [];
  if (uses.length) return answer.refused(409, 'in_use', uses.map((use) => use.file).join(', '));
  await writeAndCommitFile(root, file, null, account, 'pictureDeleted');
  return answer.done({ deleted: name });
}
