'use client';
import { useTranslations } from 'next-intl';
import type { MouseEvent, RefObject } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import type { FormField } from '@/lib/editor/form-model';
import type { PlacedIssue } from '@/lib/editor/types';
import type { Refusal } from './useSave';

interface ErrorSummaryProps {
  lang: Locale;
  refusal: Refusal | undefined;
  errors: PlacedIssue[];
  fields: FormField[];
  box: RefObject<HTMLDivElement | null>;
}

/**
 * Why a save was refused, at the top of the form, with a link to each field in error (GOV.UK's error summary): a
 * refused save moves the focus here, so that the message is seen and heard wherever the person was.
 */
export function ErrorSummary({ lang, refusal, errors, fields, box }: ErrorSummaryProps) {
  const t = useTranslations('Editor.entry');
  if (!refusal) return null;
  const languageName = (locale: Locale) => new Intl.DisplayNames([lang], { type: 'language' }).of(locale) ?? locale;
  const listed = refusal.reason === 'errors' ? errors.toSorted(inFormOrder(fields)) : [];
  return (
    <div
      ref={box}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-6 rounded border-4 border-danger bg-danger-soft p-4"
    >
      <div role="alert">
        <h2 id="error-summary-title" className="text-xl font-semibold">
          {refusal.reason === 'errors' ? t('blocked', { count: errors.length }) : t(refusal.reason)}
        </h2>
        {listed.length > 0 && (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {listed.map((issue, index) => (
              <li key={index}>
                <a href={`#${targetOf(issue, fields)}`} onClick={reach} className="text-danger underline">
                  {!issue.locale
                    ? t('summaryFile', { file: issue.file, problem: issue.problem })
                    : issue.bodyLine !== undefined
                      ? t('summaryLine', {
                          language: languageName(issue.locale),
                          line: issue.bodyLine,
                          problem: issue.problem,
                        })
                      : t('summaryItem', { language: languageName(issue.locale), problem: issue.problem })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** As the form shows them: German column, then English; in a column its fields from the top, then the text by line. */
function inFormOrder(fields: FormField[]) {
  const rank = (issue: PlacedIssue) => [
    issue.locale ? routing.locales.indexOf(issue.locale) : routing.locales.length,
    issue.field ? fields.findIndex((field) => field.name === issue.field) : fields.length,
    issue.bodyLine ?? 0,
  ];
  return (a: PlacedIssue, b: PlacedIssue) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
}

/** The id of what a link leads to: the field's input, the Markdown editor, else the list the issue stands in. */
function targetOf(issue: PlacedIssue, fields: FormField[]): string {
  if (!issue.locale) return 'other-files';
  if (issue.bodyLine !== undefined) return `${issue.locale}-body-input`;
  const field = fields.find((candidate) => candidate.name === issue.field);
  if (!field) return `issues-${issue.locale}`;
  const id = `${issue.locale}-${field.name}`;
  return field.kind === 'checkboxes' ? `${id}-${field.options?.[0]}` : id;
}

/** Puts the focus into the field itself (a hash link alone only scrolls), with its label in view. */
function reach(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById(event.currentTarget.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'center' });
}
