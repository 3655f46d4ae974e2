import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { routing, type Locale } from '../../i18n/routing';
import { parseSourceFile, type SourceFile } from './front-matter';
import { placeholderPattern } from './placeholders';
import type { ContentIssue } from './issues';
import type { CollectionSpec } from './schemas';
import { issuesFromZod } from './zod-issues';

export interface Entry<Shared, Localized> {
  key: string;
  shared: Shared;
  /** The file holding the shared fields: the German one when there is one. */
  baseFile: string;
  /** 1-based line of each front-matter key in the base file, for messages. */
  baseLines: Map<string, number>;
  versions: Partial<Record<Locale, { fields: Localized; body: string; bodyOffset: number; file: string; keyLines: Map<string, number> }>>;
}

const fileNamePattern = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.md$/;

export function loadCollection<S extends z.ZodRawShape, L extends z.ZodRawShape>(
  spec: CollectionSpec<S, L>,
  contentDir: string,
  projectDir: string,
  issues: ContentIssue[],
): Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>>[] {
  const folder = path.join(contentDir, spec.folder);
  const byKey = new Map<string, Map<Locale, SourceFile>>();
  const relative = (name: string) => path.relative(projectDir, path.join(folder, name)).split(path.sep).join('/');

  for (const name of listMarkdownFiles(folder)) {
    const match = fileNamePattern.exec(name);
    const locale = match?.[2];
    if (!match || !routing.locales.includes(locale as Locale)) {
      issues.push({ severity: 'error', file: relative(name), code: 'bad_file_name_pattern', params: { locales: routing.locales.join(', ') } });
      continue;
    }
    const parsed = parseSourceFile(relative(name), fs.readFileSync(path.join(folder, name), 'utf8'));
    if ('code' in parsed) {
      issues.push(parsed);
      continue;
    }
    reportPlaceholders(parsed, issues);
    if (!byKey.has(match[1])) byKey.set(match[1], new Map());
    byKey.get(match[1])!.set(locale as Locale, parsed);
  }

  const baseSchema = spec.shared.extend(spec.localized.shape).strict();
  const translationSchema = spec.localized.strict();
  const sharedKeys = Object.keys(spec.shared.shape);
  const allKeys = [...sharedKeys, ...Object.keys(spec.localized.shape)];

  const entries: Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>>[] = [];
  for (const [key, files] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    const baseLocale = routing.locales.find((locale) => files.has(locale))!;
    const base = files.get(baseLocale)!;
    const baseResult = baseSchema.safeParse(base.data, { reportInput: true });
    let valid = baseResult.success;
    if (!baseResult.success) issues.push(...issuesFromZod(base, baseResult.error, spec.examples, allKeys));
    warnUnusedBody(spec, base, issues);

    const versions: Entry<unknown, unknown>['versions'] = {};
    for (const [locale, source] of files) {
      if (locale === baseLocale) continue;
      const misplaced = sharedKeys.filter((field) => field in source.data);
      for (const field of misplaced) {
        issues.push({ severity: 'error', file: source.file, line: source.keyLines.get(field), field, code: 'shared_field_in_translation', params: { baseFile: base.file } });
      }
      const rest = Object.fromEntries(Object.entries(source.data).filter(([field]) => !misplaced.includes(field)));
      const result = translationSchema.safeParse(rest, { reportInput: true });
      if (!result.success) issues.push(...issuesFromZod(source, result.error, spec.examples, Object.keys(spec.localized.shape)));
      valid &&= result.success && misplaced.length === 0;
      warnUnusedBody(spec, source, issues);
      if (result.success) {
        versions[locale] = { fields: result.data, body: source.body, bodyOffset: source.bodyOffset, file: source.file, keyLines: source.keyLines };
      }
    }
    if (!baseResult.success || !valid) continue;

    const { data } = baseResult;
    const localizedOnly = (fields: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(fields).filter(([field]) => !sharedKeys.includes(field)));
    versions[baseLocale] = { fields: localizedOnly(data), body: base.body, bodyOffset: base.bodyOffset, file: base.file, keyLines: base.keyLines };
    entries.push({
      key,
      shared: Object.fromEntries(sharedKeys.map((field) => [field, (data as Record<string, unknown>)[field]])) as z.output<z.ZodObject<S>>,
      baseFile: base.file,
      baseLines: base.keyLines,
      versions: versions as Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>>['versions'],
    });
  }
  return entries;
}

function listMarkdownFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

function reportPlaceholders(source: SourceFile, issues: ContentIssue[]) {
  source.text.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholderPattern)) {
      issues.push({ severity: 'warning', file: source.file, line: index + 1, code: 'open_placeholder', params: { value: match[0] } });
    }
  });
}

function warnUnusedBody(spec: CollectionSpec<z.ZodRawShape, z.ZodRawShape>, source: SourceFile, issues: ContentIssue[]) {
  if (!spec.hasBody && source.body.trim() !== '') {
    issues.push({ severity: 'warning', file: source.file, code: 'unused_body' });
  }
}
