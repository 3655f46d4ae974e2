import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { entryHistory } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { EditorShell } from '@/components/editor/EditorShell';
import { VersionList } from '@/components/editor/VersionList';

interface HistoryProps {
  params: Promise<{ locale: string; folder: string; key: string }>;
  searchParams: Promise<{ restored?: string; unchanged?: string }>;
}

/** Every version of an entry (also of one deleted since), and what the last restore did. */
export default async function EntryHistoryPage({ params, searchParams }: HistoryProps) {
  const { locale, folder, key } = await params;
  const lang = locale as Locale;
  await requirePageAccount(lang, `/edit/${lang}/history/${folder}/${key}`);
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const history = await entryHistory(contentRoot(), folder, key).catch((error: unknown) => {
    if (error instanceof UnsafePathError) notFound();
    throw error;
  });
  if (history.versions.length === 0) notFound();
  const { restored, unchanged } = await searchParams;
  const path = `/history/${folder}/${key}`;
  return (
    <EditorShell lang={lang} path={path}>
      <p className="mb-2">
        <a href={`/edit/${lang}/${folder}/${key}`} className="text-accent underline">
          {t('history.back')}
        </a>
      </p>
      <h1 className="mb-2 text-3xl font-bold">
        {t('history.heading', { name: `${t(`collections.${folder}` as 'collections.pages')}: ${history.name}` })}
      </h1>
      <p className="mb-4 max-w-3xl">{t('history.intro')}</p>
      <p role="status" className="mb-4 font-semibold text-success">
        {restored ? t('history.restored') : unchanged ? t('history.unchanged') : ''}
      </p>
      <VersionList lang={lang} base={`/edit/${lang}${path}`} versions={history.versions} />
    </EditorShell>
  );
}
