import { contentRoot } from '@/lib/content';
import { writeAndCommitUpload } from '@/lib/editor/history';
import { materialFile } from '@/lib/editor/paths';
import { requireAccountToWrite } from '@/lib/editor/auth';
import { refusal } from '@/lib/editor/request-guard';
import { fileExists } from '@/lib/editor/store';
import { freeName, matchesType, maxUploadBytes, safeFileName } from '@/lib/editor/uploads';

/**
 * Puts a document into public/materials/ under a safe, new name, as a commit by the signed-in account; the form then
 * fills in the entry's file field.
 */
export async function POST(request: Request) {
  const account = requireAccountToWrite(request);
  if (account instanceof Response) return account;
  if (!request.headers.get('content-type')?.startsWith('multipart/form-data'))
    return refusal(415, { error: 'content_type' });
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes + 64 * 1024)
    return refusal(413, { error: 'size' });
  const document = (await request.formData().catch(() => undefined))?.get('document');
  if (!(document instanceof File)) return refusal(400, { error: 'bad_request' });
  if (document.size > maxUploadBytes) return refusal(413, { error: 'size' });
  const name = safeFileName(document.name);
  const bytes = new Uint8Array(await document.arrayBuffer());
  if (!name || !matchesType(name, bytes)) return refusal(415, { error: 'type' });
  const root = contentRoot();
  const file = freeName(name, (candidate) => fileExists(root, materialFile(candidate)));
  const commit = await writeAndCommitUpload(root, materialFile(file), bytes, account);
  return Response.json({ file, commit });
}
