'use client';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { PlacedIssue } from '@/lib/editor/types';

/** Issues in the UI language, errors and warnings told apart by word, not only by colour. */
export function IssueList({
  lang,
  id,
  heading,
  issues,
}: {
  lang: Locale;
  id: string;
  heading?: string;
  issues: PlacedIssue[];
}) {
  const t = useTranslations('Editor.entry');
  if (issues.length === 0) return null;
  return (
    <div id={id} lang={lang} className="mb-3 space-y-1 text-sm">
      {heading && <p className="font-semibold">{heading}</p>}
      <ul className="space-y-1">
        {issues.map((issue, index) => (
          <li
            key={index}
            className={issue.severity === 'error' ? 'text-danger' : 'text-warning'}
            data-severity={issue.severity}
          >
            <strong>{t(issue.severity)}:</strong>{' '}
            {issue.bodyLine !== undefined
              ? t('line', { line: issue.bodyLine, problem: issue.problem, fix: issue.fix })
              : t('issue', { problem: issue.problem, fix: issue.fix })}
          </li>
        ))}
      </ul>
    </div>
  );
}
