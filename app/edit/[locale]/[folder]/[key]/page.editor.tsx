import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { loadEntry, UnknownEntryError } from '@/lib/editor/entry';
import { UnsafePathError } from '@/lib/editor/paths';
import { EntryPage } from '@/components/editor/EntryPage';

function entryOrNotFound(folder: string, key: string) {
  try {
    return loadEntry(contentRoot(), { folder, key, isNew: false });
  } catch (error) {
    if (error instanceof UnknownEntryError || error instanceof UnsafePathError) notFound();
    throw error;
  }
}

export default async function EditEntry({
  params,
}: {
  params: Promise<{ locale: string; folder: string; key: string }>;
}) {
  const { locale, folder, key } = await params;
  await requirePageAccount(locale as Locale, `/edit/${locale}/${folder}/${key}`);
  return <EntryPage lang={locale as Locale} entry={entryOrNotFound(folder, key)} />;
}
