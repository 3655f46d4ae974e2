'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { routing, type Locale } from '@/i18n/routing';
import { entryName } from '@/lib/editor/entry-name';
import type { EntryForm, EntryRef, PlacedIssue, Versions } from '@/lib/editor/types';
import { postJson } from './api-client';

/** Delete, after a question in a modal dialog; refused while other content refers to the entry. */
export function DeleteEntry({
  lang,
  entry,
  versions,
  form,
}: {
  lang: Locale;
  entry: EntryRef;
  versions: Versions;
  form: EntryForm;
}) {
  const t = useTranslations('Editor.entry');
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [blockers, setBlockers] = useState<PlacedIssue[]>([]);
  const [message, setMessage] = useState('');
  const title = entryName(form[routing.defaultLocale].values) ?? entry.key;

  async function remove() {
    const { status, data } = await postJson<{ issues?: PlacedIssue[] }>('/edit/api/delete', {
      lang,
      entry,
      form,
      versions,
    });
    dialog.current?.close();
    if (status === 200) {
      router.push(`/edit/${lang}`);
      return;
    }
    setBlockers(data.issues ?? []);
    setMessage(t(status === 409 && data.issues ? 'deleteBlocked' : 'conflict'));
  }

  return (
    <section className="mt-10 border-t border-line pt-4">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded border border-danger px-4 py-2 font-semibold text-danger"
      >
        {t('delete')}
      </button>
      <div role="alert" className="mt-2 text-danger">
        {message && <p className="font-semibold">{message}</p>}
        <ul className="list-disc pl-5">
          {blockers.map((issue, index) => (
            <li key={index}>{t('fileIssue', { file: issue.file, problem: issue.problem, fix: issue.fix })}</li>
          ))}
        </ul>
      </div>
      <dialog ref={dialog} aria-labelledby="delete-question" className="m-auto rounded-lg p-6 backdrop:bg-ink/40">
        <p id="delete-question" className="mb-4 font-semibold">
          {t('deleteQuestion', { title })}
        </p>
        <div className="flex gap-3">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded border border-muted px-4 py-2"
            autoFocus
          >
            {t('deleteNo')}
          </button>
          <button type="button" onClick={remove} className="rounded bg-danger px-4 py-2 font-semibold text-on-danger">
            {t('deleteYes')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
