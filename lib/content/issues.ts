import { createTranslator } from 'next-intl';
import de from '../../messages/de.json';
import en from '../../messages/en.json';

export type IssueCode = keyof typeof de.ContentCheck.problem;
export type IssueParams = Record<string, string | number>;

/** One problem in one content file, in terms a staff member can act on. */
export interface ContentIssue {
  severity: 'error' | 'warning';
  /** Path relative to the project, e.g. content/pages/goals.de.md */
  file: string;
  line?: number;
  field?: string;
  code: IssueCode;
  params?: IssueParams;
}

export type IssueLanguage = 'de' | 'en';

const catalogs = { de, en };

export function describeIssue(issue: ContentIssue, lang: IssueLanguage = 'de') {
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: 'ContentCheck' });
  const params = { field: issue.field ?? '', ...issue.params };
  return {
    problem: t(`problem.${issue.code}`, params),
    fix: t(`fix.${issue.code}`, params),
  };
}

export function formatIssue(issue: ContentIssue, lang: IssueLanguage = 'de'): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const { problem, fix } = describeIssue(issue, lang);
  return `${where}  ${problem}  →  ${fix}`;
}

/** Thrown when content has errors: nothing half-valid may be built or served. */
export class ContentError extends Error {
  constructor(readonly issues: ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    super(
      `The content has ${errors.length} error(s) / Der Inhalt hat ${errors.length} Fehler:\n` +
        errors.map((issue) => formatIssue(issue, 'de') + '\n  ' + formatIssue(issue, 'en')).join('\n'),
    );
    this.name = 'ContentError';
  }
}
