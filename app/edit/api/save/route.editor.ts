import { openEntryRequest, unchangedSince } from '@/lib/editor/api';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts, loadEntry } from '@/lib/editor/entry';
import { refusal } from '@/lib/editor/request-guard';
import { writeAtomic } from '@/lib/editor/store';

/**
 * Saves what changed, after the same check as `content:check`: refused while there are errors, and refused
 * when a file changed since the form was loaded (no lost update between two tabs).
 */
export async function POST(request: Request) {
  const opened = await openEntryRequest(request);
  if (opened instanceof Response) return opened;
  const { body, root, entry } = opened;
  if (!unchangedSince(entry, body.versions)) return refusal(409, { error: 'conflict' });
  const overrides = changedTexts(entry, body.form);
  const { result } = checkEntry(root, entry, overrides, body.lang);
  if (result.errors > 0) return refusal(422, { error: 'content_errors', ...result });
  for (const [file, text] of Object.entries(overrides)) if (text !== null) writeAtomic(root, file, text);
  const saved = loadEntry(root, { ...body.entry, isNew: false });
  return Response.json({
    saved: Object.keys(overrides),
    versions: saved.versions,
    form: saved.form,
    issues: result.issues,
  });
}
