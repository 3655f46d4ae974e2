import { createTranslator } from 'next-intl';
import de from '../../messages/de.json';
import en from '../../messages/en.json';

/** Every problem the content check can report; messages/*.json hold its text under ContentCheck.problem and .fix. */
export const issueCodes = [
  'front_matter_shape',
  'yaml_syntax',
  'bad_file_name_pattern',
  'unknown_field',
  'missing_field',
  'wrong_type',
  'bad_choice',
  'too_short',
  'too_long',
  'out_of_range',
  'bad_email',
  'bad_url',
  'bad_value',
  'bad_date',
  'bad_slug',
  'bad_language',
  'bad_country',
  'bad_phone',
  'bad_file_name',
  'shared_field_in_translation',
  'unused_body',
  'missing_file',
  'unknown_partner',
  'city_needs_field',
  'end_before_start',
  'one_project',
  'one_home',
  'home_has_slug',
  'duplicate_slug',
  'unknown_page_key',
  'link_other_language',
  'link_to_draft',
  'heading_level_one',
  'heading_skipped',
  'image_without_alt',
  'image_missing',
  'image_wrong_type',
  'image_too_large',
  'image_too_many_pixels',
  'image_unreadable',
  'svg_unsafe',
  'link_without_text',
  'link_text_meaningless',
  'table_without_header',
  'open_placeholder',
  'translation_outdated',
  'broken_link',
  'html_element_not_allowed',
  'html_attribute_not_allowed',
  'link_scheme_not_allowed',
  'legal_fact_missing',
  'legal_page_untranslated',
  'placeholder_in_field',
  'city_needs_name_translation',
] as const;

export type IssueCode = (typeof issueCodes)[number];
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

/**
 * What is wrong and what to write instead. In a file, a field is named by its key and an example is the line to write
 * (`phone: +49 …`); in the editor's form, pass the field's `formLabel`: the message names it, and an example is the
 * value alone.
 */
export function describeIssue(issue: ContentIssue, lang: IssueLanguage = 'de', formLabel?: string) {
  const t = createTranslator({ locale: lang, messages: catalogs[lang], namespace: 'ContentCheck' });
  const example = String(issue.params?.example ?? '');
  const params = {
    ...issue.params,
    field: formLabel ?? issue.field ?? '',
    sample: formLabel === undefined ? `${issue.field}: ${example}` : example,
    where: formLabel === undefined ? 'file' : 'form',
  };
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
