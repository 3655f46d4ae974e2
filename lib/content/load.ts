import type { z } from 'zod';
import { routing, type Locale } from '../../i18n/routing';
import type { CollectionSpec } from './collection-spec';
import { kebabCase } from './fields';
import { parseSourceFile, type SourceFile } from './front-matter';
import type { ContentIssue } from './issues';
import type { HeldBackPage } from './page-index';
import { hasPlaceholder, placeholderPattern } from './placeholders';
import * as schemas from './schemas';
import type { ContentSource } from './source';
import { validateEntry, type Entry, type EntryOf } from './validate';

export interface Collections {
  pages: EntryOf<typeof schemas.pages>[];
  partners: EntryOf<typeof schemas.partners>[];
  contacts: EntryOf<typeof schemas.contacts>[];
  materials: EntryOf<typeof schemas.materials>[];
  projects: EntryOf<typeof schemas.projects>[];
}

const fileNamePattern = new RegExp(`^(${kebabCase.source.slice(1, -1)})\\.([a-z]{2})\\.md$`);

/**
 * Reads every collection: each file is parsed and checked against its collection's schema. The Markdown of a page
 * whose fields have errors goes to `heldBack`.
 */
export function loadCollections(source: ContentSource, issues: ContentIssue[], heldBack: HeldBackPage[]): Collections {
  const load = <S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: CollectionSpec<S, L>) =>
    loadCollection(spec, source, issues, heldBack);
  return {
    pages: load(schemas.pages),
    partners: load(schemas.partners),
    contacts: load(schemas.contacts),
    materials: load(schemas.materials),
    projects: load(schemas.projects),
  };
}

function loadCollection<S extends z.ZodRawShape, L extends z.ZodRawShape>(
  spec: CollectionSpec<S, L>,
  source: ContentSource,
  issues: ContentIssue[],
  heldBack: HeldBackPage[],
): Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>>[] {
  const folder = `content/${spec.folder}`;
  const byKey = new Map<string, Map<Locale, SourceFile>>();
  for (const name of source.listMarkdown(folder)) {
    const file = `${folder}/${name}`;
    const [, key, locale] = fileNamePattern.exec(name) ?? [];
    if (!key || !routing.locales.includes(locale as Locale)) {
      issues.push({
        severity: 'error',
        file,
        code: 'bad_file_name_pattern',
        params: { locales: routing.locales.join(', ') },
      });
      continue;
    }
    const parsed = parseSourceFile(file, source.read(file));
    if ('code' in parsed) {
      issues.push(parsed);
      continue;
    }
    reportPlaceholders(parsed, issues);
    if (!byKey.has(key)) byKey.set(key, new Map());
    byKey.get(key)!.set(locale as Locale, parsed);
  }
  return [...byKey]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([key, files]) => {
      const entry = validateEntry(spec, key, files, issues);
      if (!entry && spec.hasBody) heldBack.push(...heldBackPages(key, files));
      return entry ? [entry] : [];
    });
}

/** Each file of a page that failed its schema, with its settings and address as far as they can be read. */
function heldBackPages(key: string, files: Map<Locale, SourceFile>): HeldBackPage[] {
  const base = files.get(routing.locales.find((locale) => files.has(locale))!)!.data;
  return [...files].map(([locale, { file, body, bodyOffset, data, keyLines }]) => ({
    key,
    locale,
    file,
    body,
    bodyOffset,
    draft: base.draft === true,
    lineBreaks: base.lineBreaks === true,
    isHome: base.template === 'home',
    slug: data.slug,
    slugLine: keyLines.slug,
  }));
}

function reportPlaceholders(source: SourceFile, issues: ContentIssue[]) {
  if (!hasPlaceholder(source.text)) return;
  source.text.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholderPattern)) {
      issues.push({
        severity: 'warning',
        file: source.file,
        line: index + 1,
        code: 'open_placeholder',
        params: { value: match[0] },
      });
    }
  });
}
