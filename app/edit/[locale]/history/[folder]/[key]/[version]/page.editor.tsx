import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { collections } from '@/lib/editor/collections';
import { compareWithCurrent, entryHistory, UnknownVersionError } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { EditorShell } from '@/components/editor/EditorShell';
import { PreviewFrame } from '@/components/editor/PreviewFrame';
import { RestoreForm } from '@/components/editor/RestoreForm';
import { VersionComparison } from '@/components/editor/VersionComparison';
import { versionDate } from '@/components/editor/VersionDate';

interface VersionProps {
  params: Promise<{ locale: string; folder: string; key: string; version: string }>;
}

/** One version of an entry: who saved it and why, compared with the current files, its preview, and its restore. */
export default async function VersionPage({ params }: VersionProps) {
  const { locale, folder, key, version } = await params;
  const lang = locale as Locale;
  await requirePageAccount(lang, `/edit/${lang}/history/${folder}/${key}/${version}`);
  const root = contentRoot();
  const [t, messages] = [
    await getTranslations({ locale: lang, namespace: 'Editor' }),
    await getMessages({ locale: lang }),
  ];
  const [history, comparison] = await Promise.all([
    entryHistory(root, folder, key),
    compareWithCurrent(root, folder, key, version),
  ]).catch((error: unknown) => {
    if (error instanceof UnknownVersionError || error instanceof UnsafePathError) notFound();
    throw error;
  });
  const found = comparison.version;
  const isCurrent = history.versions[0]?.id === found.id;
  return (
    <EditorShell lang={lang} path={`/history/${folder}/${key}/${version}`}>
      <p className="mb-2">
        <a href={`/edit/${lang}/history/${folder}/${key}`} className="text-accent underline">
          {t('history.backToList')}
        </a>
      </p>
      <h1 className="mb-2 text-3xl font-bold">
        {`${t(`collections.${folder}` as 'collections.pages')}: ${history.name} – `}
        {t('history.versionHeading', { date: versionDate(lang, found.date) })}
      </h1>
      <p>{t('history.versionBy', { author: found.author, change: found.subject })}</p>
      {found.note && <p className="mt-1 whitespace-pre-line italic">{found.note}</p>}
      {isCurrent ? (
        <p className="mt-4 font-semibold">{t('history.isCurrent')}</p>
      ) : (
        <RestoreForm lang={lang} folder={folder} keyName={key} version={found.id} />
      )}
      {!isCurrent && (
        <VersionComparison
          lang={lang}
          folder={folder}
          hasBody={collections.get(folder)?.hasBody ?? false}
          languages={comparison.languages}
        />
      )}
      <NextIntlClientProvider locale={lang} messages={{ Editor: messages.Editor }}>
        <PreviewFrame lang={lang} entry={{ folder, key, isNew: false }} version={found.id} />
      </NextIntlClientProvider>
    </EditorShell>
  );
}
