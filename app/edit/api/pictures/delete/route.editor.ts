import { routing, type Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { pictureFile, pictureUses } from '@/lib/editor/picture-library';
import { answerForm, wantsPage } from '@/lib/editor/picture-answers';
import { UnsafePathError } from '@/lib/editor/paths';
import { isOwnRequest, refusal } from '@/lib/editor/request-guard';
import { fileExists, removeFile } from '@/lib/editor/store';

/** Deletes a picture from content/images/, refused while a saved page or partner still uses it. */
export async function POST(request: Request) {
  if (!isOwnRequest(request)) return refusal(403, { error: 'foreign_origin' });
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
  removeFile(root, file);
  return answer.done({ deleted: name });
}
