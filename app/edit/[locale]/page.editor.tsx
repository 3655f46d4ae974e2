import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { newKinds } from '@/lib/editor/collections';
import { listEntries } from '@/lib/editor/entries';
import { EditorShell } from '@/components/editor/EditorShell';
import { EntryTable } from '@/components/editor/EntryTable';
import { NewEntryForm } from '@/components/editor/NewEntryForm';

/** Every entry of every collection, its languages and translation status, and "New page / partner / material". */
export default async function EditorHome({ params }: { params: Promise<{ locale: string }> }) {
  const lang = (await params).locale as Locale;
  await requirePageAccount(lang, `/edit/${lang}`);
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const tp = await getTranslations({ locale: lang, namespace: 'Publish' });
  const collections = listEntries(contentRoot());
  return (
    <EditorShell lang={lang} path="">
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 max-w-3xl">{t('list.intro')}</p>
      <p className="mb-6">
        <a href={`/edit/${lang}/pictures`} className="font-semibold text-accent underline">
          {t('pictures.manage')}
        </a>
      </p>
      <p className="mb-6">
        <a href={`/edit/${lang}/publish`} className="font-semibold text-accent underline">
          {tp('link')}
        </a>
      </p>
      <section aria-labelledby="new-entries" className="mb-8 rounded-lg border border-line bg-surface p-4">
        <h2 id="new-entries" className="mb-3 text-xl font-semibold">
          {t('new.heading')}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {[...newKinds.keys()].map((kind) => (
            <NewEntryForm key={kind} lang={lang} kind={kind} />
          ))}
        </div>
      </section>
      {collections.map(({ folder, entries }) => (
        <EntryTable key={folder} lang={lang} folder={folder} entries={entries} />
      ))}
    </EditorShell>
  );
}
