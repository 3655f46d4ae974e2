'use client';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import type { Locale } from '@/i18n/routing';
import type { FormField } from '@/lib/editor/form-model';
import type { LanguageForm, PlacedIssue } from '@/lib/editor/types';
import { FieldInput } from './FieldInput';
import { IssueList } from './IssueList';
import { UploadDocument } from './UploadDocument';

// CodeMirror is loaded only when an entry with a Markdown body is opened.
const MarkdownField = dynamic(() => import('./MarkdownField').then((module) => module.MarkdownField), { ssr: false });

interface LanguageColumnProps {
  lang: Locale;
  locale: Locale;
  folder: string;
  fields: FormField[];
  hasBody: boolean;
  uploadField?: string;
  form: LanguageForm;
  issues: PlacedIssue[];
  pageKeys: { key: string; title: string }[];
  onChange: (change: Partial<LanguageForm>) => void;
  onInserter?: (insert: (text: string) => void) => void;
}

/** One language of the entry: its fields (the shared ones only in German), its Markdown and its issues. */
export function LanguageColumn({
  lang,
  locale,
  folder,
  fields,
  hasBody,
  uploadField,
  form,
  issues,
  pageKeys,
  onChange,
  onInserter,
}: LanguageColumnProps) {
  const t = useTranslations('Editor.entry');
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(locale) ?? locale;
  // A menu name of its own is easy to overlook once the title changes: the footer would read "Ziele" on a page
  // called "Pressemitteilungen".
  const { title, menuTitle } = form.values;
  const hint = (field: string) =>
    folder === 'pages' && field === 'menuTitle' && String(menuTitle ?? '').trim() && menuTitle !== title
      ? t('menuTitleDiffers', { menuTitle: String(menuTitle), title: String(title ?? '') })
      : undefined;
  const placed = (issue: PlacedIssue) =>
    Boolean(issue.field && fields.some((field) => field.name === issue.field)) || issue.bodyLine !== undefined;
  return (
    <section
      aria-labelledby={`column-${locale}`}
      lang={locale}
      className="min-w-0 rounded-lg border border-line p-4"
      data-column={locale}
    >
      <h2 id={`column-${locale}`} className="mb-3 text-2xl font-semibold" lang={lang}>
        {language}
      </h2>
      {!form.exists ? (
        <div lang={lang}>
          <p className="mb-2">{t('missingLanguage')}</p>
          <button
            type="button"
            onClick={() => onChange({ exists: true })}
            className="rounded border border-accent px-3 py-1.5 font-semibold text-accent"
          >
            {t('createLanguage')}
          </button>
        </div>
      ) : (
        <>
          <IssueList
            lang={lang}
            id={`issues-${locale}`}
            heading={t('problems')}
            issues={issues.filter((issue) => !placed(issue))}
          />
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              lang={lang}
              locale={locale}
              folder={folder}
              field={field}
              value={form.values[field.name]}
              issues={issues.filter((issue) => issue.field === field.name)}
              hint={hint(field.name)}
              onChange={(value) => onChange({ values: { ...form.values, [field.name]: value } })}
            >
              {field.name === uploadField && (
                <UploadDocument onUploaded={(file) => onChange({ values: { ...form.values, [field.name]: file } })} />
              )}
            </FieldInput>
          ))}
          {hasBody && (
            <MarkdownField
              id={`${locale}-body`}
              lang={lang}
              value={form.body}
              pageKeys={pageKeys}
              issues={issues.filter((issue) => issue.bodyLine !== undefined)}
              onChange={(body) => onChange({ body })}
              onInserter={onInserter}
            />
          )}
        </>
      )}
    </section>
  );
}
