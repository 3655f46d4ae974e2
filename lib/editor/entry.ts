import { byLocale, routing, type Locale } from '@/i18n/routing';
import { parseFrontMatter, type Overrides } from '@/lib/content';
import { collections, newKinds, type CollectionSpec } from './collections';
import { formFields, type FormField } from './form-model';
import { sameValue, toFileValue, toFormValue } from './form-values';
import { writeFile } from './front-matter-writer';
import { entryFile } from './paths';
import { readText, versionOf } from './store';
import type { EntryForm, EntryRef, Versions } from './types';

/** An entry as the editor loaded it: the text each form value and version stands for. */
export interface LoadedEntry {
  ref: EntryRef;
  spec: CollectionSpec;
  fields: FormField[];
  files: Record<Locale, string>;
  /** Text on disk now (none yet for a new entry): what the form starts from. */
  disk: Record<Locale, string | null>;
  versions: Versions;
  form: EntryForm;
}

export class UnknownEntryError extends Error {}

/** The German column shows every field; the others only what is translated. */
export const columnFields = (fields: FormField[], locale: Locale) =>
  fields.filter((field) => locale === routing.defaultLocale || !field.shared);

/**
 * An entry's files read into the form. A new entry starts empty, in German only: nothing in it comes from another
 * entry, so nothing can clash with one (an address, a menu position) before staff have typed.
 */
export function loadEntry(root: string, ref: EntryRef): LoadedEntry {
  const spec = collections.get(ref.folder);
  if (!spec) throw new UnknownEntryError(ref.folder);
  if (ref.isNew && ![...newKinds.values()].includes(ref.folder)) throw new UnknownEntryError(ref.folder);
  const files = byLocale((locale) => entryFile(ref.folder, ref.key, locale));
  const disk = byLocale((locale) => readText(root, files[locale]));
  if (!ref.isNew && routing.locales.every((locale) => disk[locale] === null)) throw new UnknownEntryError(ref.key);
  const fields = formFields(spec);
  const form = byLocale((locale) => {
    const text = disk[locale];
    const parsed = text === null ? undefined : parseFrontMatter(text);
    const source = parsed && 'data' in parsed ? parsed : undefined;
    const values = Object.fromEntries(
      columnFields(fields, locale).map((field) => [field.name, toFormValue(field, source?.data[field.name])]),
    );
    const exists = text !== null || (ref.isNew && locale === routing.defaultLocale);
    return { exists, values, body: source?.body ?? '' };
  });
  return { ref, spec, fields, files, disk, versions: byLocale((locale) => versionOf(disk[locale])), form };
}

/** The text of each file that the submitted form changes (what a save would write), as overrides for the content check. */
export function changedTexts(entry: LoadedEntry, submitted: EntryForm): Overrides {
  const overrides: Overrides = {};
  const order = entry.fields.map((field) => field.name);
  for (const locale of routing.locales) {
    const before = entry.form[locale];
    const after = submitted[locale];
    if (!after || (!after.exists && entry.disk[locale] === null)) continue;
    const fields: Record<string, unknown> = {};
    for (const field of columnFields(entry.fields, locale)) {
      const value = after.values[field.name] ?? before.values[field.name];
      if (!sameValue(value, before.values[field.name])) fields[field.name] = toFileValue(field, value);
    }
    const body = entry.spec.hasBody && after.body !== before.body ? after.body : undefined;
    const text = writeFile(entry.disk[locale], { fields, body, order });
    if (text !== entry.disk[locale]) overrides[entry.files[locale]] = text;
  }
  return overrides;
}
