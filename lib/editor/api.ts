import { z } from 'zod';
import { byLocale, routing } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { loadEntry, UnknownEntryError, type LoadedEntry } from './entry';
import { UnsafePathError } from './paths';
import { requireAccountToWrite, type Account } from './auth';
import { refusal } from './request-guard';
import type { SaveRequest } from './types';

const locale = z.enum(routing.locales);
const requestSchema = z.object({
  lang: locale,
  entry: z.object({ folder: z.string(), key: z.string(), isNew: z.boolean() }),
  form: z.object(
    byLocale(() =>
      z.object({
        exists: z.boolean(),
        values: z.record(z.string(), z.union([z.string(), z.boolean(), z.array(z.string())])),
        body: z.string(),
      }),
    ),
  ),
  versions: z.object(byLocale(() => z.string())),
  note: z.string().max(2000).optional(),
});

/**
 * The first step of every write: a signed-in account on the editor's own page, and JSON of the expected shape that
 * names an entry of a known collection (every path is built and checked in paths.ts), loaded as the disk holds it now. Only
 * reading the body waits: from loading the entry on, a route compares and writes without another request between.
 */
export async function openEntryRequest(
  request: Request,
): Promise<{ account: Account; body: SaveRequest; root: string; entry: LoadedEntry } | Response> {
  const account = requireAccountToWrite(request);
  if (account instanceof Response) return account;
  if (!request.headers.get('content-type')?.startsWith('application/json'))
    return refusal(415, { error: 'content_type' });
  const parsed = requestSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return refusal(400, { error: 'bad_request' });
  const root = contentRoot();
  try {
    return { account, body: parsed.data, root, entry: loadEntry(root, parsed.data.entry) };
  } catch (error) {
    if (error instanceof UnknownEntryError || error instanceof UnsafePathError)
      return refusal(404, { error: 'unknown_entry' });
    throw error;
  }
}

/** Whether every file is still as it was when the editor loaded it (no other tab or program changed it). */
export function unchangedSince(entry: LoadedEntry, versions: SaveRequest['versions']): boolean {
  return routing.locales.every((name) => entry.versions[name] === versions[name]);
}
