import { openEntryRequest } from '@/lib/editor/api';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts } from '@/lib/editor/entry';
import { keepForPreview } from '@/lib/editor/previews';

/** The content check on the unsaved form; text without errors is kept for the preview. */
export async function POST(request: Request) {
  const opened = await openEntryRequest(request);
  if (opened instanceof Response) return opened;
  const { body, root, entry } = opened;
  const overrides = changedTexts(entry, body.form);
  const { result, site } = checkEntry(root, entry, overrides, body.lang);
  return Response.json({ ...result, preview: result.errors === 0 ? keepForPreview(overrides, site) : undefined });
}
