import { openEntryRequest, unchangedSince } from '@/lib/editor/api';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts, loadEntry } from '@/lib/editor/entry';
import { writeAndCommit } from '@/lib/editor/history';
import { refusal } from '@/lib/editor/request-guard';

/**
 * Saves what changed, after the same check as `content:check`, as one commit by the signed-in account: refused while
 * there are errors, and refused when a file changed since the form was loaded (no lost update between two tabs).
 */
export async function POST(request: Request) {
  const opened = await openEntryRequest(request);
  if (opened instanceof Response) return opened;
  const { body, root, entry, account } = opened;
  if (!unchangedSince(entry, body.versions)) return refusal(409, { error: 'conflict' });
  const overrides = changedTexts(entry, body.form);
  const { result } = checkEntry(root, entry, overrides, body.lang);
  if (result.errors > 0) return refusal(422, { error: 'content_errors', ...result });
  const written = Object.fromEntries(Object.entries(overrides).filter(([, text]) => text !== null));
  const commit = Object.keys(written).length ? writeAndCommit(root, entry, written, account, body.note) : null;
  const saved = loadEntry(root, { ...body.entry, isNew: false });
  return Response.json({
    saved: Object.keys(written),
    commit: await commit,
    versions: saved.versions,
    form: saved.form,
    issues: result.issues,
  });
}
