'use client';
import { useTranslations } from 'next-intl';
import { useRef, useState, useSyncExternalStore } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { entryName } from '@/lib/editor/entry-name';
import type { FormField } from '@/lib/editor/form-model';
import type { CheckResult, EntryForm, EntryRef, LanguageForm, Versions } from '@/lib/editor/types';
import { DeleteEntry } from './DeleteEntry';
import { ErrorSummary } from './ErrorSummary';
import { LanguageColumn } from './LanguageColumn';
import { PreviewFrame } from './PreviewFrame';
import { SaveBar } from './SaveBar';
import { UploadPicture, type AltTexts } from './UploadPicture';
import { useLiveCheck } from './useLiveCheck';
import { useSave, type SavedAnswer } from './useSave';

interface EntryEditorProps {
  lang: Locale;
  entry: EntryRef;
  fields: FormField[];
  hasBody: boolean;
  uploadField?: string;
  initialForm: EntryForm;
  initialVersions: Versions;
  /** None for a new entry: it is checked from the first change on. */
  initialCheck?: CheckResult;
  pageKeys: Record<Locale, { key: string; title: string }[]>;
}

// False while the server's HTML is shown, true once React runs in the browser.
const noSubscription = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/** The form of one entry in every language, checked as staff type, with the site's own preview below it. */
export function EntryEditor(props: EntryEditorProps) {
  const t = useTranslations('Editor');
  const [entry, setEntry] = useState(props.entry);
  const [form, setForm] = useState(props.initialForm);
  const [versions, setVersions] = useState(props.initialVersions);
  const [note, setNote] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const request = { lang: props.lang, entry, form, versions };
  const { check, setCheck, checking } = useLiveCheck(request, props.initialCheck);
  const { save, saving, refusal, savedText } = useSave(
    { ...request, note },
    { check, onSaved, onErrors: setCheck, summary },
  );
  const ready = useHydrated();
  // Where the picture upload puts its reference: at the cursor of each language's Markdown.
  const inserters = useRef<Partial<Record<Locale, (text: string) => void>>>({});

  function onSaved(answer: SavedAnswer) {
    setVersions(answer.versions);
    setForm(answer.form);
    setNote('');
    setCheck({ issues: answer.issues ?? [], errors: 0, preview: check?.preview });
    if (!entry.isNew) return;
    setEntry({ ...entry, isNew: false });
    window.history.replaceState(null, '', `/edit/${props.lang}/${entry.folder}/${entry.key}`);
  }

  const update = (locale: Locale, change: Partial<LanguageForm>) =>
    setForm((old) => ({ ...old, [locale]: { ...old[locale], ...change } }));
  // A page gets the picture in its text, in each language with that language's alt text; a partner gets it as logo.
  const takesLogo = props.fields.some((field) => field.name === 'logo');
  function insertPicture(name: string, alt: AltTexts) {
    if (!props.hasBody)
      return update(routing.defaultLocale, { values: { ...form[routing.defaultLocale].values, logo: name } });
    for (const locale of routing.locales) {
      const reference = `![${alt[locale]}](image:${name})`;
      const insert = inserters.current[locale];
      if (!form[locale].exists) continue;
      if (insert) insert(reference);
      else update(locale, { body: `${form[locale].body}\n\n${reference}\n` });
    }
  }
  const issues = check?.issues ?? [];
  const name = entryName(form[routing.defaultLocale].values);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">
        {t(`collections.${entry.folder}` as 'collections.pages')}: {name ?? entry.key}{' '}
        {name && <span className="text-lg font-normal text-muted">({entry.key})</span>}
      </h1>
      <ErrorSummary
        lang={props.lang}
        refusal={refusal}
        errors={issues.filter((issue) => issue.severity === 'error')}
        fields={props.fields}
        box={summary}
      />
      {(props.hasBody || takesLogo) && <UploadPicture lang={props.lang} onUploaded={insertPicture} />}
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
            issues={issues.filter((issue) => issue.locale === locale)}
            pageKeys={props.pageKeys[locale]}
            onChange={(change) => update(locale, change)}
            onInserter={(insert) => (inserters.current[locale] = insert)}
          />
        ))}
      </div>
      <OtherFiles issues={issues.filter((issue) => !issue.locale)} />
      <SaveBar
        ready={ready}
        saving={saving}
        checking={checking}
        check={check}
        savedText={savedText}
        note={note}
        onNote={setNote}
        onSave={save}
      />
      <PreviewFrame lang={props.lang} entry={entry} token={check?.preview} />
      {!entry.isNew && <DeleteEntry lang={props.lang} entry={entry} versions={versions} form={form} />}
    </>
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
