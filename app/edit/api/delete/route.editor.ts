import { routing } from '@/i18n/routing';
import { openEntryRequest, unchangedSince } from '@/lib/editor/api';
import { checkEntry } from '@/lib/editor/check-entry';
import { writeAndCommit } from '@/lib/editor/history';
import { orphanedDocument } from '@/lib/editor/uploads';
import { refusal } from '@/lib/editor/request-guard';

/**
 * Deletes every language of an entry as one commit, unless other content refers to it (the content check says so).
 * A material's document goes with it when no other material offers the same file.
 */
export async function POST(request: Request) {
  const opened = await openEntryRequest(request);
  if (opened instanceof Response) return opened;
  const { body, root, entry, account } = opened;
  if (body.entry.isNew || !unchangedSince(entry, body.versions)) return refusal(409, { error: 'conflict' });
  const present = routing.locales.filter((locale) => entry.disk[locale] !== null).map((locale) => entry.files[locale]);
  const { result, site } = checkEntry(root, entry, Object.fromEntries(present.map((file) => [file, null])), body.lang);
  const blockers = result.issues.filter((issue) => issue.severity === 'error' && !present.includes(issue.file));
  if (blockers.length > 0) return refusal(409, { error: 'referenced', issues: blockers });
  const document = orphanedDocument(entry, site);
  const deleted = document ? [...present, document] : present;
  const commit = await writeAndCommit(
    root,
    entry,
    Object.fromEntries(deleted.map((file) => [file, null])),
    account,
    body.note,
  );
  return Response.json({ deleted, commit });
}
