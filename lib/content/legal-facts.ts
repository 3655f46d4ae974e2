import type { legalTemplates } from './schemas';

export type LegalTemplate = (typeof legalTemplates)[number];

/**
 * A fact the law requires on a legal page (docs/editing.md lists them for staff). It counts as stated when the page's Markdown
 * matches every pattern of `stated` (a format such as an e-mail link or a postcode, or a term of the law itself such
 * as "Art. 28" or "HBDI", which any rewording keeps), or when an open placeholder names it (`placeholder`), so that a
 * missing fact can wait for the publisher without the rule being switched off.
 */
export interface LegalFact {
  id: string;
  stated: RegExp[];
  placeholder?: RegExp;
}

const months =
  'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|' +
  'January|February|March|May|June|July|October|December';

const email: LegalFact = {
  id: 'email',
  stated: [/mailto:|[\w.+-]+@[\w-]+(\.[\w-]+)+/],
  placeholder: /E-Mail|Postfach/i,
};
const address: LegalFact = {
  id: 'address',
  // A German postcode before the name of a town.
  stated: [/(^|[^\d])\d{5} +\p{Lu}\p{Ll}/mu],
  placeholder: /Anschrift|Straße|Postleitzahl/i,
};

/** What each legal page must name, after compliance.md (§ 5 DDG; GDPR and HDSIG; HessBGG and HVBIT). */
export const legalFacts: Record<LegalTemplate, LegalFact[]> = {
  imprint: [
    { id: 'publisher', stated: [] },
    { id: 'legalForm', stated: [/Anstalt des öffentlichen Rechts|public[- ]law (institution|body)/i] },
    { id: 'department', stated: [/Abteilung|department/i], placeholder: /Abteilung/i },
    {
      id: 'representative',
      stated: [/vertr(eten|itt)|Vertretung|Vorstand|represent|Executive Board/i],
      placeholder: /Vorstand|Vertret/i,
    },
    address,
    email,
    { id: 'phone', stated: [/tel:|\+\d[\d ()/-]{6,}\d/], placeholder: /Telefon/i },
    { id: 'register', stated: [/Register|Aufsicht|supervis/i], placeholder: /Register|Aufsicht/i },
  ],
  privacy: [
    { id: 'publisher', stated: [] },
    address,
    email,
    { id: 'protectionOfficer', stated: [/Datenschutzbeauftragt|data protection officer/i] },
    { id: 'gdprBasis', stated: [/Art\.? ?6 ?(Abs\. ?1|\(1\)) ?(Buchst\. ?|lit\. ?)?\(?e\b/, /HDSIG/] },
    {
      id: 'logRetention',
      stated: [/\d+ (Tage|Tagen|Wochen|Monate|Monaten|days?|weeks?|months?)\b/i],
      placeholder: /Speicherdauer/i,
    },
    { id: 'processor', stated: [/Art\.? ?28\b/] },
    { id: 'rights', stated: [] },
    { id: 'complaint', stated: [/HBDI/] },
    { id: 'cookies', stated: [/cookie/i] },
  ],
  accessibility: [
    { id: 'publisher', stated: [] },
    { id: 'accessibilityLaw', stated: [/HessBGG/, /HVBIT/] },
    { id: 'standard', stated: [/WCAG ?2\.\d|EN ?301 ?549/] },
    {
      id: 'status',
      stated: [/(vollständig|teilweise|nicht) (\*\*)?barrierefrei|(fully|partially|not) (\*\*)?compliant/i],
    },
    {
      id: 'date',
      stated: [
        new RegExp(
          `\\b\\d{1,2}\\.? (${months}) \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b`,
        ),
      ],
      placeholder: /Datum/i,
    },
    email,
    {
      id: 'enforcement',
      stated: [/Durchsetzungsverfahren|enforcement procedure/i, /LBIT|Landeskompetenzzentrum Barrierefreie IT/],
    },
  ],
};

/** The articles of the GDPR on the rights of the person that the privacy policy must name. */
export const requiredRightsArticles = [15, 16, 17, 18, 21];
