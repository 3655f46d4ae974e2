import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Page, Project, Site } from '@/lib/content';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

interface PageShellProps {
  site: Site;
  project: Project;
  locale: Locale;
  page?: Page;
  children: ReactNode;
}

/** Everything around a page's own content: skip link, funding notice, header, footer. */
export async function PageShell({ site, project, locale, page, children }: PageShellProps) {
  const t = await getTranslations('Layout');
  return (
    <>
      <a
        href="#main"
        data-print="hide"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-page focus:px-4 focus:py-2 focus:text-accent"
      >
        {t('skipLink')}
      </a>
      <SiteHeader site={site} locale={locale} page={page} project={project} />
      {page?.draft && (
        <p role="status" className="bg-placeholder px-4 py-2 text-center font-semibold text-on-placeholder">
          {t('draftBanner')}
        </p>
      )}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 pt-5 pb-8 focus:outline-none sm:pt-8"
      >
        {children}
      </main>
      <SiteFooter site={site} locale={locale} project={project} />
    </>
  );
}
