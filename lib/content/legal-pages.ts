import { routing } from '../../i18n/routing';
import type { ContentIssue } from './issues';
import { legalFacts, requiredRightsArticles, type LegalFact, type LegalTemplate } from './legal-facts';
import type { PageEntry } from './page-index';
import { placeholderPattern } from './placeholders';
import { legalTemplates } from './schemas';

export const isLegalTemplate = (template: string): template is LegalTemplate =>
  (legalTemplates as readonly string[]).includes(template);

/**
 * Each legal page, in every language, states every fact the law requires of it: the checks look for formats and the
 * law's own terms, never for sentences, so staff can reword the page freely.
 */
export function checkLegalPages(pages: PageEntry[], publisherName: string | undefined, issues: ContentIssue[]) {
  for (const entry of pages) {
    const template = entry.shared.template;
    if (!isLegalTemplate(template)) continue;
    for (const language of routing.locales) {
      const version = entry.versions[language];
      if (!version) {
        const line = entry.baseLines.template;
        issues.push({
          severity: 'error',
          file: entry.baseFile,
          line,
          code: 'legal_page_untranslated',
          params: { language },
        });
        continue;
      }
      const placeholders = [...version.body.matchAll(placeholderPattern)].map(([placeholder]) => placeholder);
      for (const fact of legalFacts[template]) {
        if (isStated(fact, version.body, placeholders, publisherName)) continue;
        const params = { template, fact: fact.id, name: publisherName ?? '' };
        issues.push({ severity: 'error', file: version.file, code: 'legal_fact_missing', params });
      }
    }
  }
}

function isStated(fact: LegalFact, text: string, placeholders: string[], publisherName: string | undefined): boolean {
  if (fact.id === 'publisher') return publisherName === undefined || squeeze(text).includes(squeeze(publisherName));
  if (fact.id === 'rights') return requiredRightsArticles.every((article) => namedArticles(text).has(article));
  if (fact.stated.every((pattern) => pattern.test(text))) return true;
  return fact.placeholder !== undefined && placeholders.some((placeholder) => fact.placeholder!.test(placeholder));
}

/** Line breaks and runs of spaces do not change a name. */
const squeeze = (text: string) => text.replace(/\\?\s+/g, ' ');

/** Article numbers a text refers to, with ranges: "Art. 15–18 und 21" names 15, 16, 17, 18 and 21. */
export function namedArticles(text: string): Set<number> {
  const named = new Set<number>();
  for (const [, list] of text.matchAll(
    /\bArt(?:\.|ikel|icles?) ?(\d+(?:,? ?(?:–|-|bis|to|und|and|sowie|or|oder)? ?\d+)*)/gi,
  )) {
    let previous: number | undefined;
    let range = false;
    for (const token of list.match(/\d+|–|-|bis|to/gi) ?? []) {
      if (!/^\d+$/.test(token)) {
        range = true;
        continue;
      }
      const article = Number(token);
      for (let between = range && previous !== undefined ? previous + 1 : article; between <= article; between++) {
        named.add(between);
      }
      previous = article;
      range = false;
    }
  }
  return named;
}
