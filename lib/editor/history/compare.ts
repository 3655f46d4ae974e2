import { diffWordsWithSpace } from 'diff';
import { parseFrontMatter } from '@/lib/content';

/** A front-matter field in two versions; null where the version does not have it. */
export interface FieldComparison {
  name: string;
  old: unknown;
  current: unknown;
  changed: boolean;
}

/** A run of words of the body: in both versions, only in the current one (added) or only in the old one (removed). */
export interface BodyPart {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface Comparison {
  fields: FieldComparison[];
  body: BodyPart[];
}

/**
 * One file in an old version and now, as plain data for the page that shows it: the fields side by side (the current
 * file's order, then fields only the old one had) and the body as a word diff. A missing file is an empty one.
 */
export function compareVersions(old: string | null, current: string | null): Comparison {
  const [before, after] = [fileParts(old), fileParts(current)];
  const names = new Set([...Object.keys(after.data), ...Object.keys(before.data)]);
  const fields = [...names].map((name) => {
    const [was, is] = [before.data[name] ?? null, after.data[name] ?? null];
    return { name, old: was, current: is, changed: JSON.stringify(was) !== JSON.stringify(is) };
  });
  const body = diffWordsWithSpace(before.body, after.body).map((part) => ({
    value: part.value,
    added: part.added,
    removed: part.removed,
  }));
  return { fields, body };
}

/** A file's fields and body; one that cannot be read as front matter is all body, an absent one is empty. */
export function fileParts(text: string | null): { data: Record<string, unknown>; body: string } {
  if (text === null) return { data: {}, body: '' };
  const parsed = parseFrontMatter(text);
  return 'data' in parsed ? parsed : { data: {}, body: text };
}
