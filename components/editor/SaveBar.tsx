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
  onSave: () => void;
}

/** Always in view at the bottom: the save button, what the live check says now, and what the last save did. */
export function SaveBar({ ready, saving, checking, check, savedText, onSave }: SaveBarProps) {
  const t = useTranslations('Editor');
  const warnings = check ? check.issues.length - check.errors : 0;
  return (
    <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-4 border-t border-line bg-page py-3">
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
