import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { listPictures } from '@/lib/editor/picture-library';
import { EditorShell } from '@/components/editor/EditorShell';
import { PictureList } from '@/components/editor/PictureList';
import { UploadPicture } from '@/components/editor/UploadPicture';

type Outcome = Partial<Record<'uploaded' | 'alt-de' | 'alt-en' | 'refused' | 'message' | 'deleted', string>>;

/** The pictures in content/images with where each is used; upload and delete work without JavaScript. */
export default async function PicturesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Outcome>;
}) {
  const lang = (await params).locale as Locale;
  const outcome = await searchParams;
  const t = await getTranslations({ locale: lang, namespace: 'Editor.pictures' });
  const messages = await getMessages({ locale: lang });
  return (
    <EditorShell lang={lang} path="/pictures">
      <h1 className="mb-2 text-3xl font-bold">{t('heading')}</h1>
      <p className="mb-6 max-w-3xl">{t('intro')}</p>
      <div role="status" className="mb-4 font-semibold">
        {outcome.uploaded && (
          <>
            <p>{t('uploadedReference', { file: outcome.uploaded })}</p>
            <code className="block">{`![${outcome[`alt-${lang}`] ?? ''}](image:${outcome.uploaded})`}</code>
          </>
        )}
        {outcome.deleted && <p>{t('deleted', { name: outcome.deleted })}</p>}
        {outcome.refused && (
          <p className="text-danger">
            {outcome.refused === 'in_use' || outcome.refused === 'unknown_picture'
              ? t('deleteRefused', { reason: outcome.refused, message: outcome.message ?? '' })
              : t('refused', { reason: outcome.refused, message: outcome.message ?? '' })}
          </p>
        )}
      </div>
      <NextIntlClientProvider locale={lang} messages={{ Editor: { pictures: messages.Editor.pictures } }}>
        <UploadPicture lang={lang} />
      </NextIntlClientProvider>
      <PictureList lang={lang} pictures={listPictures(contentRoot())} />
    </EditorShell>
  );
}
