import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { isEntryKey, newKinds } from '@/lib/editor/collections';
import { loadEntry } from '@/lib/editor/entry';
import { toKebabCase } from '@/lib/editor/names';
import { EditorShell } from '@/components/editor/EditorShell';
import { EntryPage } from '@/components/editor/EntryPage';
import { NewEntryForm } from '@/components/editor/NewEntryForm';

interface NewEntryProps {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<{ key?: string }>;
}

/** "New page / partner / material": an empty entry in the form, written on the first save. */
export default async function NewEntry({ params, searchParams }: NewEntryProps) {
  const { locale, kind } = await params;
  const lang = locale as Locale;
  const query = await searchParams;
  await requirePageAccount(lang, `/edit/${lang}/new/${kind}?${new URLSearchParams(query)}`);
  const key = query.key?.trim() ?? '';
  const folder = newKinds.get(kind as never);
  if (!folder) notFound();
  const t = await getTranslations({ locale: lang, namespace: 'Editor.new' });
  const entry = isEntryKey(key) ? loadEntry(contentRoot(), { folder, key, isNew: true }) : undefined;
  const exists = entry && Object.values(entry.disk).some((text) => text !== null);
  if (entry && !exists) return <EntryPage lang={lang} entry={entry} />;
  const suggestion = toKebabCase(key);
  const error = exists
    ? t('exists', { key })
    : key
      ? t('badKey', { key, suggestion, suggested: suggestion ? 'yes' : 'no' })
      : t('missingKey');
  return (
    <EditorShell lang={lang} path="">
      <h1 className="mb-4 text-3xl font-bold">{t(`kinds.${kind}` as 'kinds.page')}</h1>
      <NewEntryForm lang={lang} kind={kind} value={key} error={error} />
    </EditorShell>
  );
}
