import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { selectNavigation, type Page, type Project, type Site } from '@/lib/content';
import { pagePath } from '@/i18n/paths';
import { FundingNotice } from './FundingNotice';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainMenu } from './MainMenu';
import { StatusNote } from './StatusNote';

/**
 * Funding notice, the project's wordmark with its subtitle, the main menu with the language link, the status. On phones
 * it keeps to a few rows (subtitle on the home page instead, menu behind a button), so that the page's title shows first.
 */
export async function SiteHeader({
  site,
  locale,
  page,
  project,
}: {
  site: Site;
  locale: Locale;
  page?: Page;
  project: Project;
}) {
  const t = await getTranslations();
  const navigation = selectNavigation(site, locale, 'header');
  return (
    <header className="border-b border-line bg-page">
      <FundingNotice project={project} locale={locale} />
      <div className="mx-auto max-w-5xl px-4 pt-3 sm:pt-5">
        <a href={pagePath(locale)} className="group flex items-center gap-3 no-underline">
          <span className="shrink-0 text-3xl leading-none font-extrabold tracking-tight text-accent sm:text-5xl">
            {project.shortName}
          </span>
          <span className="min-w-0 border-l-4 border-gold pl-3">
            <span
              className="block font-semibold text-ink group-hover:underline max-sm:leading-tight sm:text-lg"
              lang="en"
            >
              {project.name}
            </span>
            <span className="hidden max-w-xl text-sm text-muted sm:block">{project.tagline}</span>
          </span>
          <span className="sr-only"> – {t('Site.homeLink')}</span>
        </a>
      </div>
      <div
        className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-2 pt-4 pb-2 max-sm:items-start max-sm:gap-y-0 max-sm:px-4 max-sm:pt-1 max-sm:pb-2"
        data-print="hide"
      >
        <MainMenu items={navigation} label={t('Layout.mainNavigation')} button={t('Layout.menu')} current={page?.key} />
        <div className="ml-auto px-2 max-sm:contents">
          <LanguageSwitcher site={site} locale={locale} page={page} />
        </div>
      </div>
      <StatusNote project={project} locale={locale} />
    </header>
  );
}
