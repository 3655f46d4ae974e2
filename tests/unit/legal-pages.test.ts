import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content';
import { namedArticles } from '@/lib/content/legal-pages';
import { checkSite, legalPages } from './site-fixture';

/** The valid site with its legal pages, one of them changed: `from` becomes `to` in `file`. */
function checkLegal(file: string, from: string | RegExp, to: string) {
  const text = legalPages[file]!;
  const changed = text.replace(from, to);
  expect(changed, `${file} holds ${from}`).not.toBe(text);
  return checkSite({ ...legalPages, [file]: changed }).issues;
}

const missingFacts = (issues: ReturnType<typeof checkLegal>) =>
  issues.filter((issue) => issue.code === 'legal_fact_missing').map((issue) => `${issue.file} ${issue.params?.fact}`);

describe('the legal pages', () => {
  it('of the fixture state every fact the law requires, in both languages', () => {
    expect(checkSite(legalPages).issues).toEqual([]);
  });

  it.each([
    ['imprint.de', 'Pro Arbeit – Kreis Offenbach – (AöR)', 'Die Herausgeberin', 'publisher'],
    ['imprint.de', 'Anstalt des öffentlichen Rechts', 'Behörde', 'legalForm'],
    ['imprint.en', 'department of examples', 'unit of examples', 'department'],
    ['imprint.de', 'Vertreten durch den Vorstand', 'Leitung', 'representative'],
    ['imprint.de', '12345 Musterstadt', 'Musterstadt', 'address'],
    ['imprint.en', '[post@example.org](mailto:post@example.org)', 'our team', 'email'],
    ['imprint.de', '[+49 6074 1234-0](tel:+49607412340)', 'Zentrale', 'phone'],
    ['imprint.de', 'Handelsregister', 'Verzeichnis', 'register'],
    ['privacy.de', 'Datenschutzbeauftragte', 'Zuständig', 'protectionOfficer'],
    ['privacy.de', 'Art. 6 Abs. 1 Buchst. e', 'Art. 6 Abs. 1 Buchst. f', 'gdprBasis'],
    ['privacy.en', 'HDSIG', 'state law', 'gdprBasis'],
    ['privacy.en', '14 days', 'a while', 'logRetention'],
    ['privacy.de', 'Art. 28', 'Vertrag', 'processor'],
    ['privacy.de', 'Art. 15 bis 18', 'Art. 15 bis 17', 'rights'],
    ['privacy.en', 'Art. 21', 'Art. 22', 'rights'],
    ['privacy.de', 'HBDI', 'Aufsicht', 'complaint'],
    ['privacy.en', 'No cookies.', '', 'cookies'],
    ['accessibility.de', 'HVBIT', 'Verordnung', 'accessibilityLaw'],
    ['accessibility.en', 'WCAG 2.1', 'the rules', 'standard'],
    ['accessibility.de', 'teilweise barrierefrei', 'barrierearm', 'status'],
    ['accessibility.en', '25 November 2026', 'today', 'date'],
    ['accessibility.de', '[post@example.org](mailto:post@example.org)', 'uns', 'email'],
    ['accessibility.en', 'Enforcement procedure', 'Complaints', 'enforcement'],
    ['accessibility.de', 'beim LBIT', 'beim Land', 'enforcement'],
  ])('report a missing fact: %s without “%s”', (page, from, to, fact) => {
    const file = `content/pages/${page}.md`;
    expect(missingFacts(checkLegal(file, from, to))).toEqual([`${file} ${fact}`]);
  });

  it('may be reworded freely: the facts are found by their form and the terms of the law, not by sentences', () => {
    const reworded = `Herausgeberin: Pro Arbeit –\nKreis Offenbach – (AöR).

Kontakt: 12345 Musterstadt, Musterstraße 1; per E-Mail an team@example.org oder unter +49 6074 1234-0.

Rechtsform: Anstalt des öffentlichen Rechts. Zuständig ist die Abteilung Beispiel; es vertritt sie ihr Vorstand.

Eingetragen in kein Register.
`;
    const file = 'content/pages/imprint.de.md';
    const text = legalPages[file]!;
    const issues = checkSite({ ...legalPages, [file]: text.slice(0, text.indexOf('---\n', 4) + 4) + reworded }).issues;
    expect(issues).toEqual([]);
  });

  it('accept a placeholder that names a fact not yet known, and only such a placeholder', () => {
    const file = 'content/pages/imprint.de.md';
    const named = checkLegal(file, 'Musterstraße 1, 12345 Musterstadt', '[PLATZHALTER: Postanschrift]');
    expect(named).toMatchObject([{ severity: 'warning', code: 'open_placeholder', file, line: 12 }]);
    const unnamed = checkLegal(file, 'Musterstraße 1, 12345 Musterstadt', '[PLATZHALTER: fehlt noch]');
    expect(missingFacts(unnamed)).toEqual([`${file} address`]);
  });

  it('say in both languages what is missing and what to write instead', () => {
    const [issue] = checkLegal('content/pages/privacy.en.md', '14 days', 'a while').filter(
      (candidate) => candidate.code === 'legal_fact_missing',
    );
    expect(formatIssue(issue!, 'de')).toBe(
      'content/pages/privacy.en.md  Die Datenschutzerklärung nennt nicht, was das Gesetz verlangt: wie lange die Server-Protokolle gespeichert werden.  →  Nennen Sie die Dauer, z. B. 14 Tage; solange sie nicht feststeht: [PLATZHALTER: Speicherdauer der Server-Protokolle].',
    );
    expect(formatIssue(issue!, 'en')).toBe(
      'content/pages/privacy.en.md  The privacy policy does not state what the law requires: how long the server logs are kept.  →  Give the period, e.g. 14 days; while it is not settled: [PLATZHALTER: Speicherdauer der Server-Protokolle].',
    );
  });

  it('exist in every language of the website', () => {
    const issues = checkSite({ ...legalPages, 'content/pages/privacy.en.md': null }).issues;
    expect(issues).toMatchObject([
      { severity: 'error', code: 'legal_page_untranslated', file: 'content/pages/privacy.de.md', line: 2 },
    ]);
  });
});

describe('article references', () => {
  it.each([
    ['Art. 15 bis 18 und 21 DSGVO', [15, 16, 17, 18, 21]],
    ['Art. 15–18, 21 GDPR', [15, 16, 17, 18, 21]],
    ['Articles 15 to 17 and 21', [15, 16, 17, 21]],
    ['(Art. 15 DSGVO), (Art. 16 DSGVO)', [15, 16]],
    ['Art. 6 Abs. 1 Buchst. e DSGVO', [6]],
  ])('%s names %j', (text, articles) => {
    expect([...namedArticles(text)].sort((a, b) => a - b)).toEqual(articles);
  });
});
