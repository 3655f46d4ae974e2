import { getTranslations } from 'next-intl/server';
import { pagePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

/** What a 404 page says in one language: the title (a heading of `level`), a sentence and the way home. */
export async function NotFoundMessage({ locale, level = 1 }: { locale: Locale; level?: 1 | 2 }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <>
      <Heading className={`mb-4 font-bold ${level === 1 ? 'text-3xl' : 'text-2xl'}`}>{t('title')}</Heading>
      <p className="mb-4">{t('text')}</p>
      <a href={pagePath(locale)} className="text-accent underline">
        {t('homeLink')}
      </a>
    </>
  );
}
