import { routing, type Locale } from '@/i18n/routing';
import { contentRoot, describeIssue, examinePicture } from '@/lib/content';
import { pictureFile, safePictureName } from '@/lib/editor/picture-library';
import { answerForm, wantsPage } from '@/lib/editor/picture-answers';
import { isOwnRequest, refusal } from '@/lib/editor/request-guard';
import { fileExists, writeAtomic } from '@/lib/editor/store';
import { freeName, maxUploadBytes } from '@/lib/editor/uploads';

/**
 * Puts a picture into content/images/ under a safe, new name, after the content check's own tests of a picture (type by
 * its first bytes, size, megapixels, a safe SVG). From the editor's script it answers JSON; a form sent without
 * JavaScript is led back to the list of pictures, which shows the reference to paste.
 */
export async function POST(request: Request) {
  if (!isOwnRequest(request)) return refusal(403, { error: 'foreign_origin' });
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + 64 * 1024)
    return refusal(413, { error: 'size' });
  const form = await request.formData().catch(() => undefined);
  const picture = form?.get('picture');
  const lang = routing.locales.find((locale) => locale === form?.get('lang')) ?? routing.defaultLocale;
  const answer = answerForm(lang as Locale, wantsPage(request));
  if (!(picture instanceof File) || picture.size === 0) return answer.refused(400, 'bad_request');
  // Every picture on the site has alt text in both languages (the content check's rule), so the upload asks for it.
  if (routing.locales.some((locale) => !String(form?.get(`alt-${locale}`) ?? '').trim()))
    return answer.refused(422, 'alt');
  if (picture.size > maxUploadBytes) return answer.refused(413, 'size');
  const name = safePictureName(picture.name);
  if (!name) return answer.refused(415, 'type');
  const bytes = Buffer.from(await picture.arrayBuffer());
  const { problems } = examinePicture(name, bytes);
  if (problems.length) {
    const [first] = problems.map(({ code, params }) =>
      describeIssue({ severity: 'error', file: '', code, params }, lang),
    );
    return answer.refused(422, 'content', `${first.problem} ${first.fix}`.replace(/\.$/, ''));
  }
  const root = contentRoot();
  const file = freeName(name, (candidate) => fileExists(root, pictureFile(candidate)));
  writeAtomic(root, pictureFile(file), bytes);
  // The alt texts travel back with the name: the list of pictures writes them into the references to paste.
  const alts = routing.locales.map((locale) => [`alt-${locale}`, String(form?.get(`alt-${locale}`) ?? '')]);
  return answer.done({ uploaded: file, ...Object.fromEntries(alts) });
}
