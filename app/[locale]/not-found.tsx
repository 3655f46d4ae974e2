import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pagePath } from '@/lib/content/site';
import { PageShell } from '@/components/PageShell';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: { absolute: t('Site.titleTemplate', { title: t('NotFound.title') }) },
    robots: { index: false },
  };
}

export default async function NotFound() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('NotFound');
  return (
    <PageShell locale={locale}>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('text')}</p>
      <a href={pagePath(locale, '')} className="text-eu underline">
        {t('homeLink')}
      </a>
    </PageShell>
  );
}
