'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** Sends a document to public/materials/ and hands back the safe name it was stored under. */
export function UploadDocument({ onUploaded }: { onUploaded: (file: string) => void }) {
  const t = useTranslations('Editor.entry');
  const id = useId();
  const [message, setMessage] = useState('');
  async function upload(file: File | undefined) {
    if (!file) return;
    const body = new FormData();
    body.append('document', file);
    const response = await fetch('/edit/api/upload', { method: 'POST', body }).catch(() => undefined);
    const answer = (await response?.json().catch(() => ({}))) as { file?: string; error?: string } | undefined;
    if (response?.ok && answer?.file) {
      onUploaded(answer.file);
      setMessage(t('uploaded', { file: answer.file }));
    } else {
      setMessage(t('uploadRefused', { reason: answer?.error ?? 'other' }));
    }
  }
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm font-semibold">
        {t('upload')}
      </label>
      <input
        id={id}
        type="file"
        accept=".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp"
        aria-describedby={`${id}-help ${id}-status`}
        onChange={(event) => upload(event.target.files?.[0])}
      />
      <p id={`${id}-help`} className="text-sm text-muted">
        {t('uploadHelp')}
      </p>
      <p id={`${id}-status`} role="status" className="text-sm font-semibold">
        {message}
      </p>
    </div>
  );
}
