'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import type { FormField } from '@/lib/editor/form-model';
import type { CheckResult, EntryForm, EntryRef, LanguageForm, Versions } from '@/lib/editor/types';
import { postJson } from './api-client';
import { DeleteEntry } from './DeleteEntry';
import { LanguageColumn } from './LanguageColumn';
import { PreviewFrame } from './PreviewFrame';
import { useLiveCheck } from './useLiveCheck';

interface EntryEditorProps {
  lang: Locale;
  entry: EntryRef;
  fields: FormField[];
  hasBody: boolean;
  uploadField?: string;
  initialForm: EntryForm;
  initialVersions: Versions;
  initialCheck: CheckResult;
  pageKeys: Record<Locale, { key: string; title: string }[]>;
}

type Status = { tone: 'info' | 'alert'; text: string } | undefined;
interface SaveAnswer extends Partial<CheckResult> {
  error?: string;
  saved?: string[];
  versions?: Versions;
  form?: EntryForm;
}

/** The form of one entry in every language, checked as staff type, with the site's own preview beside it. */
export function EntryEditor(props: EntryEditorProps) {
  const t = useTranslations('Editor.entry');
  const [entry, setEntry] = useState(props.entry);
  const [form, setForm] = useState(props.initialForm);
  const [versions, setVersions] = useState(props.initialVersions);
  const [status, setStatus] = useState<Status>();
  const [saving, setSaving] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const request = { lang: props.lang, entry, form, versions };
  const { check, setCheck, checking } = useLiveCheck(request, props.initialCheck);

  const update = (locale: Locale, change: Partial<LanguageForm>) =>
    setForm((old) => ({ ...old, [locale]: { ...old[locale], ...change } }));

  async function save() {
    setSaving(true);
    const { status: code, data } = await postJson<SaveAnswer>('/edit/api/save', request).catch(() => ({
      status: 0,
      data: {} as SaveAnswer,
    }));
    setSaving(false);
    if (code === 200 && data.versions && data.form) {
      setVersions(data.versions);
      setForm(data.form);
      setCheck({ issues: data.issues ?? [], errors: 0, preview: check.preview });
      if (entry.isNew) {
        setEntry({ ...entry, isNew: false });
        window.history.replaceState(null, '', `/edit/${props.lang}/${entry.folder}/${entry.key}`);
      }
      show({ tone: 'info', text: data.saved?.length ? t('saved', { files: data.saved.join(', ') }) : t('unchanged') });
      return;
    }
    if (code === 422 && data.issues) {
      setCheck({ issues: data.issues, errors: data.errors ?? 0 });
      show({ tone: 'alert', text: t('blocked', { count: data.errors ?? 0 }) });
      return;
    }
    show({ tone: 'alert', text: t(code === 409 ? 'conflict' : 'failed') });
  }

  function show(next: Status) {
    setStatus(next);
    // Move focus to the answer, so that keyboard and screen-reader users learn what happened.
    requestAnimationFrame(() => statusRef.current?.focus());
  }

  const warnings = check.issues.length - check.errors;
  // The attribute tells tests (and nothing else) that React has taken over the server's HTML.
  return (
    <div ref={(node) => node?.setAttribute('data-hydrated', '')}>
      <div className="grid gap-6 lg:grid-cols-2">
        {routing.locales.map((locale) => (
          <LanguageColumn
            key={locale}
            lang={props.lang}
            locale={locale}
            folder={entry.folder}
            fields={props.fields.filter((field) => locale === routing.defaultLocale || !field.shared)}
            hasBody={props.hasBody}
            uploadField={props.uploadField}
            form={form[locale]}
            issues={check.issues.filter((issue) => issue.locale === locale)}
            pageKeys={props.pageKeys[locale]}
            onChange={(change) => update(locale, change)}
          />
        ))}
      </div>
      <OtherFiles issues={check.issues.filter((issue) => !issue.locale)} />
      <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-4 border-t border-line bg-page py-3">
        <button
          type="button"
          onClick={save}
          disabled={saving}
          className="rounded bg-accent px-5 py-2 font-semibold text-on-accent disabled:opacity-60"
        >
          {saving ? t('saving') : t('save')}
        </button>
        <p aria-live="polite" className="text-sm" data-check-summary>
          {checking ? t('checking') : t('checked', { errors: check.errors, warnings })}
        </p>
        <p
          ref={statusRef}
          id="save-status"
          tabIndex={-1}
          role={status?.tone === 'alert' ? 'alert' : 'status'}
          className={status?.tone === 'alert' ? 'font-semibold text-danger' : 'font-semibold text-success'}
        >
          {status?.text}
        </p>
      </div>
      <PreviewFrame lang={props.lang} entry={entry} token={check.preview} />
      {!entry.isNew && <DeleteEntry lang={props.lang} entry={entry} versions={versions} form={form} />}
    </div>
  );
}

function OtherFiles({ issues }: { issues: CheckResult['issues'] }) {
  const t = useTranslations('Editor.entry');
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby="other-files" className="mt-6 rounded border border-danger bg-danger-soft p-4">
      <h2 id="other-files" className="mb-2 font-semibold">
        {t('otherFiles')}
      </h2>
      <ul className="list-disc pl-5">
        {issues.map((issue, index) => (
          <li key={index}>
            {t(issue.severity)}: {t('fileIssue', { file: issue.file, problem: issue.problem, fix: issue.fix })}
          </li>
        ))}
      </ul>
    </section>
  );
}
