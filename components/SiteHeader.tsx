import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { selectNavigation, type Page, type Project, type Site } from '@/lib/content';
import { pagePath } from '@/i18n/paths';
import { FundingNotice } from './FundingNotice';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader({ site, locale, page, project }: { site: Site; locale: Locale; page?: Page; project: Project }) {
  const t = await getTranslations();
  const navigation = selectNavigation(site, locale, 'header');
  return (
    <header className="border-b-4 border-eu bg-white">
      <FundingNotice project={project} />
      <div className="mx-auto flex max-w-5xl flex-wrap items-start justify-between gap-4 px-4 pt-4">
        <a href={pagePath(locale)} className="group no-underline">
          <span className="block text-2xl font-bold tracking-tight text-eu">{project.shortName}</span>
          <span className="block text-sm text-muted group-hover:underline" lang="en">
            {project.name}
          </span>
          <span className="sr-only"> – {t('Site.homeLink')}</span>
        </a>
        <div data-print="hide">
          <LanguageSwitcher site={site} locale={locale} page={page} />
        </div>
      </div>
      <nav aria-label={t('Layout.mainNavigation')} data-print="hide" className="mx-auto max-w-5xl px-2 pb-2 pt-3">
        <ul className="flex flex-wrap gap-x-1 gap-y-1">
          {navigation.map((item) => {
            const current = item.key === page?.key;
            return (
              <li key={item.key}>
                <a
                  href={item.path}
                  aria-current={current ? 'page' : undefined}
                  className={`block rounded px-2 py-2 font-medium transition-colors hover:bg-slate-100 hover:underline ${
                    current ? 'bg-slate-100 text-eu underline decoration-2' : 'text-ink no-underline'
                  }`}
                >
                  {item.menuTitle}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
