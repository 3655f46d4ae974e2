'use client';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { FormField } from '@/lib/editor/form-model';
import type { FormValue, PlacedIssue } from '@/lib/editor/types';
import { IssueList } from './IssueList';

interface FieldInputProps {
  lang: Locale;
  locale: Locale;
  folder: string;
  field: FormField;
  value: FormValue | undefined;
  issues: PlacedIssue[];
  /** A note on the value that is not an error, e.g. that the menu shows another name than the title. */
  hint?: string;
  onChange: (value: FormValue) => void;
  children?: ReactNode;
}

const inputTypes: Partial<Record<FormField['kind'], string>> = {
  text: 'text',
  number: 'number',
  date: 'date',
  email: 'email',
  url: 'url',
};
const box = 'w-full rounded border border-muted px-2 py-1';
// WCAG 2.5.8: 24 × 24 px, wherever the options wrap to.
const checkboxSize = 'size-6 shrink-0';

/** One field: label and help in the UI language, the input its schema asks for, its issues tied to it. */
export function FieldInput({ lang, locale, folder, field, value, issues, hint, onChange, children }: FieldInputProps) {
  const t = useTranslations('Editor');
  const help = useTranslations('ContentFields');
  const id = `${locale}-${field.name}`;
  const label = t(`fields.${folder}.${field.name}` as 'fields.pages.title');
  const choice = (option: string) => {
    const key = `choices.${folder}.${field.name}.${option}` as 'choices.pages.menu.header';
    return t.has(key) ? `${t(key)} (${option})` : option;
  };
  const describedBy = [`${id}-help`, issues.length ? `${id}-issues` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': issues.some((issue) => issue.severity === 'error') || undefined,
    'aria-required': field.required || undefined,
  };
  const text = typeof value === 'string' ? value : '';
  const notes = (
    <>
      <p id={`${id}-help`} lang={lang} className="text-sm text-muted">
        {help(`${folder}.${field.name}` as 'pages.title')}
        {field.shared && ` · ${t('entry.shared')}`}
        {hint && <span className="block text-ink">{hint}</span>}
      </p>
      <IssueList lang={lang} id={`${id}-issues`} issues={issues} />
      {children}
    </>
  );
  const caption = (
    <>
      {label}
      {field.required && <span className="font-normal text-muted"> ({t('entry.required')})</span>}
    </>
  );

  if (field.kind === 'checkboxes') {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset className="mb-4" aria-describedby={describedBy} data-field={field.name}>
        <legend lang={lang} className="font-semibold">
          {caption}
        </legend>
        {field.options?.map((option) => (
          <label key={option} lang={lang} className="mr-4 inline-flex items-center gap-2">
            <input
              type="checkbox"
              className={checkboxSize}
              id={`${id}-${option}`}
              checked={chosen.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option))
              }
            />
            {choice(option)}
          </label>
        ))}
        {notes}
      </fieldset>
    );
  }
  if (field.kind === 'checkbox') {
    return (
      <div className="mb-4" data-field={field.name}>
        <label htmlFor={id} lang={lang} className="inline-flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            className={checkboxSize}
            {...common}
            checked={value === true}
            onChange={(event) => onChange(event.target.checked)}
          />
          {caption}
        </label>
        {notes}
      </div>
    );
  }
  return (
    <div className="mb-4" data-field={field.name}>
      <label htmlFor={id} lang={lang} className="block font-semibold">
        {caption}
      </label>
      {field.kind === 'select' ? (
        <select {...common} value={text} onChange={(event) => onChange(event.target.value)} className={box}>
          {!field.required && (
            <option value="">
              {field.defaultValue === undefined ? '–' : t('entry.unset', { value: choice(String(field.defaultValue)) })}
            </option>
          )}
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {choice(option)}
            </option>
          ))}
        </select>
      ) : field.kind === 'textarea' || field.kind === 'lines' ? (
        <textarea
          {...common}
          value={text}
          rows={field.kind === 'lines' ? 6 : 3}
          onChange={(event) => onChange(event.target.value)}
          className={box}
        />
      ) : (
        <input
          {...common}
          type={inputTypes[field.kind]}
          min={field.minimum}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={box}
        />
      )}
      {notes}
    </div>
  );
}
