'use client';
import { useTranslations } from 'next-intl';
import { useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { CheckResult, EntryForm, SaveRequest, Versions } from '@/lib/editor/types';
import { postJson } from './api-client';

export interface SavedAnswer extends Partial<CheckResult> {
  saved?: string[];
  versions: Versions;
  form: EntryForm;
}

/** Why the last save wrote nothing: errors in the form, a file changed by someone else, or no answer. */
export type Refusal = { reason: 'errors' | 'conflict' | 'failed' };

interface SaveHandlers {
  check: CheckResult | undefined;
  onSaved: (answer: SavedAnswer) => void;
  onErrors: (check: CheckResult) => void;
  /** Where the focus goes on a refusal, so that keyboard and screen-reader users learn of it at once. */
  summary: RefObject<HTMLElement | null>;
}

/**
 * Saving, and what it answered. Each message holds only while it is true: "saved" until the form changes again, a
 * refusal for errors until the live check finds none.
 */
export function useSave(request: SaveRequest, { check, onSaved, onErrors, summary }: SaveHandlers) {
  const t = useTranslations('Editor.entry');
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  const [saved, setSaved] = useState<{ text: string; form: EntryForm }>();
  if (refusal?.reason === 'errors' && check?.errors === 0) setRefusal(undefined);

  async function save() {
    setSaving(true);
    setSaved(undefined);
    const { status, data } = await postJson<Partial<SavedAnswer>>('/edit/api/save', request).catch(() => ({
      status: 0,
      data: {} as Partial<SavedAnswer>,
    }));
    setSaving(false);
    if (status === 200 && data.versions && data.form) {
      const answer = data as SavedAnswer;
      setRefusal(undefined);
      onSaved(answer);
      setSaved({
        text: answer.saved?.length ? t('saved', { files: answer.saved.join(', ') }) : t('unchanged'),
        form: answer.form,
      });
      return;
    }
    // The summary must be on the page before it can take the focus.
    flushSync(() => {
      if (status === 422 && data.issues) onErrors({ issues: data.issues, errors: data.errors ?? 0 });
      setRefusal({ reason: status === 422 && data.issues ? 'errors' : status === 409 ? 'conflict' : 'failed' });
    });
    summary.current?.focus();
  }

  return { save, saving, refusal, savedText: saved?.form === request.form ? saved.text : undefined };
}
