import { createTranslator } from 'next-intl';
import { routing, type Locale } from '@/i18n/routing';
import {
  checkContent,
  describeIssue,
  formatIssue,
  parseFrontMatter,
  type ContentIssue,
  type Overrides,
  type Site,
} from '@/lib/content';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { columnFields, type LoadedEntry } from './entry';
import { checkSaved } from './saved-content';
import type { CheckResult, PlacedIssue } from './types';

const catalogs = { de, en };

/**
 * The content check on the unsaved entry, exactly as `content:check` runs it on saved files. Issues of the
 * entry's own files are placed at their field or body line; issues of other files count only when this
 * change causes them (a link that would break, a page turned into a draft that others link to).
 */
export function checkEntry(
  root: string,
  entry: LoadedEntry,
  overrides: Overrides,
  lang: Locale,
): { result: Omit<CheckResult, 'preview'>; site?: Site } {
  const saved = checkSaved(root);
  const { site, issues } = Object.keys(overrides).length
    ? checkContent({ projectDir: root, includeDrafts: true, coverage: true, overrides, history: saved.history })
    : saved;
  const before = savedAlready(saved.issues);
  const ownFiles = new Map(routing.locales.map((locale) => [entry.files[locale], locale]));
  const placed = issues
    .filter((issue) => ownFiles.has(issue.file) || !before(issue))
    .map((issue) => place(issue, ownFiles.get(issue.file), entry, overrides, lang));
  return { result: { issues: placed, errors: placed.filter((issue) => issue.severity === 'error').length }, site };
}

/** Whether the saved files have this issue too: the same fields, else the same message (words are slow to build). */
function savedAlready(saved: ContentIssue[]): (issue: ContentIssue) => boolean {
  const fieldsOf = (issue: ContentIssue) =>
    JSON.stringify([issue.severity, issue.file, issue.line, issue.field, issue.code, issue.params]);
  const fields = new Set(saved.map(fieldsOf));
  let messages: Set<string> | undefined;
  return (issue) =>
    fields.has(fieldsOf(issue)) || (messages ??= new Set(saved.map((old) => formatIssue(old)))).has(formatIssue(issue));
}

function place(
  issue: ContentIssue,
  locale: Locale | undefined,
  entry: LoadedEntry,
  overrides: Overrides,
  lang: Locale,
): PlacedIssue {
  const described = { severity: issue.severity, file: issue.file, ...describeIssue(issue, lang) };
  if (!locale) return described;
  const fields = columnFields(entry.fields, locale).map((field) => field.name);
  // At its field, a message names the field by its label in the form, as staff see it.
  const atField = (field: string) => ({
    ...described,
    ...describeIssue(issue, lang, fieldLabel(lang, entry.ref.folder, field)),
    locale,
    field,
  });
  if (issue.field && fields.includes(issue.field)) return atField(issue.field);
  const text = overrides[issue.file] ?? entry.disk[locale];
  const parsed = text ? parseFrontMatter(text) : undefined;
  if (!issue.line || !parsed || !('keyLines' in parsed)) return { ...described, locale };
  if (issue.line > parsed.bodyOffset) return { ...described, locale, bodyLine: issue.line - parsed.bodyOffset };
  const field = Object.entries(parsed.keyLines).find(([, line]) => line === issue.line)?.[0];
  return field && fields.includes(field) ? atField(field) : { ...described, locale };
}

function fieldLabel(lang: Locale, folder: string, field: string): string {
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: 'Editor.fields' });
  return t(`${folder}.${field}` as 'pages.title');
}
