import { routing } from '../../i18n/routing';
import type { ContentIssue } from './issues';
import { checkLegalPages } from './legal-pages';
import type { Collections } from './load';
import { placeholderPattern } from './placeholders';
import * as schemas from './schemas';

interface CheckedEntry {
  baseFile: string;
  baseLines: Record<string, number>;
  shared: object;
  versions: Partial<Record<string, { fields: object; file: string; keyLines: Record<string, number> }>>;
}

/** The publisher's editorial rules: the legal pages' facts, no placeholder in a field, partner names. */
export function checkEditorialRules(collections: Collections, issues: ContentIssue[]) {
  const { pages, partners, contacts, materials, projects } = collections;
  const publisherKey = projects[0]?.shared.publisher;
  const publisher = partners.find((partner) => partner.key === publisherKey);
  checkLegalPages(pages, publisher?.shared.name, issues);
  for (const entry of [...pages, ...partners, ...contacts, ...materials, ...projects])
    findFieldPlaceholders(entry, issues);
  checkCityNames(partners, issues);
}

/**
 * A field's value goes into search results, shared links and structured data, where a placeholder cannot be marked:
 * a fact the publisher must still supply waits in a page's text, where the site marks it and the release check refuses it.
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

function reportPlaceholders(text: string, at: Pick<ContentIssue, 'file' | 'line' | 'field'>, issues: ContentIssue[]) {
  for (const [value] of text.matchAll(placeholderPattern)) {
    issues.push({ severity: 'error', ...at, code: 'placeholder_in_field', params: { value } });
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
