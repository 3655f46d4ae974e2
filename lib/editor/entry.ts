import { byLocale, routing, type Locale } from '@/i18n/routing';
import { parseFrontMatter, type Overrides } from '@/lib/content';
import { scaffoldFiles } from '@/lib/content/scaffold';
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
  /** Text the form starts from: the file on disk, or content:new's scaffold for a new entry. */
  texts: Record<Locale, string | null>;
  /** Text on disk now. */
  disk: Record<Locale, string | null>;
  versions: Versions;
  form: EntryForm;
}

export class UnknownEntryError extends Error {}

/** The German column shows every field; the others only what is translated. */
export const columnFields = (fields: FormField[], locale: Locale) =>
  fields.filter((field) => locale === routing.defaultLocale || !field.shared);

export function loadEntry(root: string, ref: EntryRef): LoadedEntry {
  const spec = collections.get(ref.folder);
  if (!spec) throw new UnknownEntryError(ref.folder);
  const files = byLocale((locale) => entryFile(ref.folder, ref.key, locale));
  const disk = byLocale((locale) => readText(root, files[locale]));
  const kind = [...newKinds].find(([, folder]) => folder === ref.folder)?.[0];
  if (ref.isNew && !kind) throw new UnknownEntryError(ref.folder);
  const scaffold = ref.isNew && kind ? scaffoldFiles(kind, ref.key) : undefined;
  const texts = byLocale((locale) => (scaffold ? (scaffold[files[locale]] ?? null) : disk[locale]));
  if (!ref.isNew && routing.locales.every((locale) => texts[locale] === null)) throw new UnknownEntryError(ref.key);
  const fields = formFields(spec);
  const form = byLocale((locale) => {
    const text = texts[locale];
    const parsed = text === null ? undefined : parseFrontMatter(text);
    const source = parsed && 'data' in parsed ? parsed : undefined;
    const values = Object.fromEntries(
      columnFields(fields, locale).map((field) => [field.name, toFormValue(field, source?.data[field.name])]),
    );
    return { exists: text !== null, values, body: source?.body ?? '' };
  });
  return { ref, spec, fields, files, texts, disk, versions: byLocale((locale) => versionOf(disk[locale])), form };
}

/** The text of each file that the submitted form changes (what a save would write), as overrides for the content check. */
export function changedTexts(entry: LoadedEntry, submitted: EntryForm): Overrides {
  const overrides: Overrides = {};
  const order = entry.fields.map((field) => field.name);
  for (const locale of routing.locales) {
    const before = entry.form[locale];
    const after = submitted[locale];
    if (!after || (!after.exists && entry.texts[locale] === null)) continue;
    const fields: Record<string, unknown> = {};
    for (const field of columnFields(entry.fields, locale)) {
      const value = after.values[field.name] ?? before.values[field.name];
      if (!sameValue(value, before.values[field.name])) fields[field.name] = toFileValue(field, value);
    }
    const body = entry.spec.hasBody && after.body !== before.body ? after.body : undefined;
    const text = writeFile(entry.texts[locale], { fields, body, order });
    if (text !== entry.disk[locale]) overrides[entry.files[locale]] = text;
  }
  return overrides;
}
