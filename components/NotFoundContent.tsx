import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { loadSite, selectProject } from '@/lib/content';
import { NotFoundMessage } from './NotFoundMessage';
import { PageShell } from './PageShell';

export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale });
  const site = loadSite();
  return (
    <PageShell site={site} project={selectProject(site, locale)} locale={locale}>
      <title>{t('Site.titleTemplate', { title: t('NotFound.title') })}</title>
      <NotFoundMessage locale={locale} />
    </PageShell>
  );
}
