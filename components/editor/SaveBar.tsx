'use client';
import { useTranslations } from 'next-intl';
import type { CheckResult } from '@/lib/editor/types';

interface SaveBarProps {
  /** False until the page's script runs: a button that cannot act yet does not look as if it could. */
  ready: boolean;
  saving: boolean;
  checking: boolean;
  check: CheckResult | undefined;
  savedText: string | undefined;
  /** What the person types about this change, for the history. */
  note: string;
  onNote: (note: string) => void;
  onSave: () => void;
}

/**
 * Always in view at the bottom: the note for the history, the save button, what the live check says now, and what
 * the last save did.
 */
export function SaveBar({ ready, saving, checking, check, savedText, note, onNote, onSave }: SaveBarProps) {
  const t = useTranslations('Editor');
  const warnings = check ? check.issues.length - check.errors : 0;
  return (
    <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-4 border-t border-line bg-page py-3">
      <label className="flex w-full flex-col gap-1 md:w-auto md:min-w-96">
        <span className="font-semibold">{t('entry.note')}</span>
        <input
          type="text"
          name="note"
          value={note}
          maxLength={2000}
          onChange={(event) => onNote(event.target.value)}
          aria-describedby="note-help"
          className="rounded border border-muted bg-page px-2 py-1.5"
        />
        <span id="note-help" className="text-sm text-muted">
          {t('entry.noteHelp')}
        </span>
      </label>
      <button
        type="button"
        onClick={onSave}
        disabled={!ready || saving}
        aria-describedby="check-summary"
        className="rounded bg-accent px-5 py-2 font-semibold text-on-accent disabled:opacity-60"
      >
        {saving ? t('entry.saving') : t('entry.save')}
      </button>
      <p id="check-summary" aria-live="polite" className="text-sm">
        {checking
          ? t('entry.checking')
          : check
            ? t('entry.checked', { errors: check.errors, warnings })
            : t('new.unsaved')}
      </p>
      <p role="status" className="font-semibold text-success">
        {savedText}
      </p>
    </div>
  );
}
