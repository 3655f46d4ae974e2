import { getTranslations } from 'next-intl/server';
import { pagePath } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { loadSite, selectProject } from '@/lib/content';
import { PageShell } from './PageShell';

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const site = loadSite();
  return (
    <PageShell site={site} project={selectProject(site, locale)} locale={locale}>
      <title>{t('Site.titleTemplate', { title: t('NotFound.title') })}</title>
      <h1 className="mb-4 text-3xl font-bold">{t('NotFound.title')}</h1>
      <p className="mb-4">{t('NotFound.text')}</p>
      <a href={pagePath(locale)} className="text-accent underline">
        {t('NotFound.homeLink')}
      </a>
    </PageShell>
  );
}
