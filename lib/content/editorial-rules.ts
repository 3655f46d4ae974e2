import { routing } from '../../i18n/routing';
import type { ContentIssue } from './issues';
import { checkLegalPages, isLegalTemplate } from './legal-pages';
import type { Collections } from './load';
import { placeholderPattern } from './placeholders';
import * as schemas from './schemas';

interface CheckedEntry {
  baseFile: string;
  baseLines: Record<string, number>;
  shared: object;
  versions: Partial<Record<string, { fields: object; file: string; keyLines: Record<string, number> }>>;
}

/** The publisher's editorial rules: the legal pages' facts, placeholders only where the law needs them, partner names. */
export function checkEditorialRules(collections: Collections, issues: ContentIssue[]) {
  const { pages, partners, contacts, materials, projects } = collections;
  const publisherKey = projects[0]?.shared.publisher;
  const publisher = partners.find((partner) => partner.key === publisherKey);
  checkLegalPages(pages, publisher?.shared.name, issues);
  for (const entry of [...pages, ...partners, ...contacts, ...materials, ...projects])
    findFieldPlaceholders(entry, issues);
  for (const page of pages) if (!isLegalTemplate(page.shared.template)) findBodyPlaceholders(page, issues);
  checkCityNames(partners, issues);
}

/**
 * Only the law requires facts the seed does not give (legal notice, privacy policy, accessibility statement): there a
 * placeholder may wait for the publisher. Anywhere else an unknown fact is left out; and a field's value also goes into
 * search results, shared links and structured data, where a placeholder could not be marked.
 */
function findFieldPlaceholders(entry: CheckedEntry, issues: ContentIssue[]) {
  for (const [field, value] of Object.entries(entry.shared)) {
    reportPlaceholders(
      JSON.stringify(value ?? ''),
      { file: entry.baseFile, line: entry.baseLines[field], field },
      issues,
    );
  }
  for (const { fields, file, keyLines } of Object.values(entry.versions).filter((version) => version !== undefined)) {
    for (const [field, value] of Object.entries(fields)) {
      reportPlaceholders(JSON.stringify(value ?? ''), { file, line: keyLines[field], field }, issues);
    }
  }
}

function findBodyPlaceholders(page: Collections['pages'][number], issues: ContentIssue[]) {
  for (const { body, bodyOffset, file } of Object.values(page.versions).filter((version) => version !== undefined)) {
    body.split('\n').forEach((text, index) => reportPlaceholders(text, { file, line: bodyOffset + index + 1 }, issues));
  }
}

function reportPlaceholders(text: string, at: Pick<ContentIssue, 'file' | 'line' | 'field'>, issues: ContentIssue[]) {
  for (const [value] of text.matchAll(placeholderPattern)) {
    issues.push({ severity: 'error', ...at, code: 'placeholder_outside_legal_page', params: { value } });
  }
}

/**
 * A partner city is shown as "partner city" with the institution's own name; where that name is in another language
 * than the page, the page also gives it in its own language (as the seed does: "Stadtverwaltung Lublin").
 */
function checkCityNames(partners: Collections['partners'], issues: ContentIssue[]) {
  for (const partner of partners) {
    if (partner.shared.kind !== 'city') continue;
    for (const language of routing.locales) {
      if (language === partner.shared.nameLanguage || partner.versions[language]?.fields.nameTranslation) continue;
      const file = partner.versions[language]?.file ?? partner.baseFile.replace(/\.\w+\.md$/, `.${language}.md`);
      const example = schemas.partners.examples[language].nameTranslation;
      const params = { language, value: partner.shared.name, example: String(example), file };
      issues.push({
        severity: 'error',
        file: partner.baseFile,
        line: partner.baseLines.name,
        field: 'nameTranslation',
        code: 'city_needs_name_translation',
        params,
      });
    }
  }
}
