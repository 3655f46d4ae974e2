import type { z } from 'zod';
import { routing, type Locale } from '../../i18n/routing';
import { examplesFor, type CollectionSpec } from './collection-spec';
import type { SourceFile } from './front-matter';
import type { ContentIssue } from './issues';
import { issuesFromZod } from './zod-issues';

/** One version of an entry: the fields of its own file, its Markdown and where it stands. */
export interface EntryVersion<Localized> {
  fields: Localized;
  body: string;
  bodyOffset: number;
  file: string;
  keyLines: Record<string, number>;
}

export interface Entry<Shared, Localized> {
  key: string;
  shared: Shared;
  /** The file holding the shared fields: the German one when there is one. */
  baseFile: string;
  /** 1-based line of each front-matter key in the base file, for messages. */
  baseLines: Record<string, number>;
  versions: Partial<Record<Locale, EntryVersion<Localized>>>;
}

export type EntryOf<Spec> =
  Spec extends CollectionSpec<infer S, infer L> ? Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>> : never;

/** Checks the base file against shared and translated fields, every other file against the translated ones only. */
export function validateEntry<S extends z.ZodRawShape, L extends z.ZodRawShape>(
  spec: CollectionSpec<S, L>,
  key: string,
  files: Map<Locale, SourceFile>,
  issues: ContentIssue[],
): Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>> | undefined {
  const sharedKeys = Object.keys(spec.shared.shape);
  const localizedKeys = Object.keys(spec.localized.shape);
  const baseLocale = routing.locales.find((locale) => files.has(locale))!;
  const base = files.get(baseLocale)!;
  const baseResult = strictSchemas(spec).base.safeParse(base.data, { reportInput: true });
  if (!baseResult.success)
    issues.push(
      ...issuesFromZod(base, baseResult.error, examplesFor(spec, baseLocale), [...sharedKeys, ...localizedKeys]),
    );
  let valid = baseResult.success;
  const versions: Partial<Record<Locale, EntryVersion<z.output<z.ZodObject<L>>>>> = {};
  const versionOf = ({ body, bodyOffset, file, keyLines }: SourceFile, fields: z.output<z.ZodObject<L>>) => ({
    fields,
    body,
    bodyOffset,
    file,
    keyLines,
  });

  for (const [locale, source] of files) {
    if (locale !== baseLocale) {
      const fields = validateTranslation(spec, locale, source, base.file, issues);
      if (fields) versions[locale] = versionOf(source, fields);
      else valid = false;
    }
    warnUnusedBody(spec, source, issues);
  }
  if (!baseResult.success || !valid) return undefined;

  const data = baseResult.data as Record<string, unknown>;
  const pick = (keys: string[]) => Object.fromEntries(keys.map((field) => [field, data[field]]));
  versions[baseLocale] = versionOf(base, pick(localizedKeys) as z.output<z.ZodObject<L>>);
  return {
    key,
    shared: pick(sharedKeys) as z.output<z.ZodObject<S>>,
    baseFile: base.file,
    baseLines: base.keyLines,
    versions,
  };
}

/** A translation holds translated fields only; a shared fact in it is an error, not silently ignored. */
function validateTranslation<S extends z.ZodRawShape, L extends z.ZodRawShape>(
  spec: CollectionSpec<S, L>,
  locale: Locale,
  source: SourceFile,
  baseFile: string,
  issues: ContentIssue[],
): z.output<z.ZodObject<L>> | undefined {
  const misplaced = Object.keys(spec.shared.shape).filter((field) => field in source.data);
  for (const field of misplaced) {
    issues.push({
      severity: 'error',
      file: source.file,
      line: source.keyLines[field],
      field,
      code: 'shared_field_in_translation',
      params: { baseFile },
    });
  }
  const translated = Object.fromEntries(Object.entries(source.data).filter(([field]) => !misplaced.includes(field)));
  const result = strictSchemas(spec).translation.safeParse(translated, { reportInput: true });
  if (!result.success)
    issues.push(...issuesFromZod(source, result.error, examplesFor(spec, locale), Object.keys(spec.localized.shape)));
  return result.success && misplaced.length === 0 ? result.data : undefined;
}
// Zod compiles a schema on its first use: one derived per check of every file would be compiled again each time.
const derived = new WeakMap<object, { base: z.ZodObject; translation: z.ZodObject }>();
function strictSchemas<S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: CollectionSpec<S, L>) {
  const schemas = derived.get(spec) ?? {
    base: spec.shared.extend(spec.localized.shape).strict(),
    translation: spec.localized.strict(),
  };
  derived.set(spec, schemas);
  return schemas as { base: z.ZodObject<S & L>; translation: z.ZodObject<L> };
}

function warnUnusedBody(spec: { hasBody: boolean }, source: SourceFile, issues: ContentIssue[]) {
  if (!spec.hasBody && source.body.trim() !== '')
    issues.push({ severity: 'warning', file: source.file, code: 'unused_body' });
}
