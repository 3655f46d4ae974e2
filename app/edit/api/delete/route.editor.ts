import { routing } from '@/i18n/routing';
import { openEntryRequest, unchangedSince } from '@/lib/editor/api';
import { checkEntry } from '@/lib/editor/check-entry';
import { orphanedDocument } from '@/lib/editor/uploads';
import { refusal } from '@/lib/editor/request-guard';
import { removeFile } from '@/lib/editor/store';

/**
 * Deletes every language of an entry, unless other content refers to it (the content check says so). A material's
 * document goes with it when no other material offers the same file.
 */
export async function POST(request: Request) {
  const opened = await openEntryRequest(request);
  if (opened instanceof Response) return opened;
  const { body, root, entry } = opened;
  if (body.entry.isNew || !unchangedSince(entry, body.versions)) return refusal(409, { error: 'conflict' });
  const present = routing.locales.filter((locale) => entry.disk[locale] !== null).map((locale) => entry.files[locale]);
  const { result, site } = checkEntry(root, entry, Object.fromEntries(present.map((file) => [file, null])), body.lang);
  const blockers = result.issues.filter((issue) => issue.severity === 'error' && !present.includes(issue.file));
  if (blockers.length > 0) return refusal(409, { error: 'referenced', issues: blockers });
  const document = orphanedDocument(entry, site);
  const deleted = document ? [...present, document] : present;
  for (const file of deleted) removeFile(root, file);
  return Response.json({ deleted });
}
