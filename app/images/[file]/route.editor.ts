import { requireAccount } from '@/lib/editor/auth';
import { pictureResponse } from '@/lib/pictures/picture-response';

/**
 * The editor's previews show pictures at the site's addresses, also one that only unsaved text uses: made on demand
 * from the content being edited, for signed-in staff only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const account = requireAccount(request);
  if (account instanceof Response) return account;
  return pictureResponse((await params).file);
}
