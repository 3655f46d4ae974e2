import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { selectNavigation, type Project, type Site } from '@/lib/content';

export async function SiteFooter({ site, locale, project }: { site: Site; locale: Locale; project: Project }) {
  const t = await getTranslations();
  const links = selectNavigation(site, locale, 'footer');
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 md:grid-cols-[2fr_1fr]">
        <div className="space-y-2 text-slate-800">
          <p>{project.operatorNote}</p>
          <p>{t('Funding.disclaimer')}</p>
        </div>
        {links.length > 0 && (
          <nav aria-label={t('Layout.footerNavigation')} data-print="hide">
            <ul className="space-y-1">
              {links.map((link) => (
                <li key={link.key}>
                  <a href={link.path} className="text-eu underline hover:no-underline">
                    {link.menuTitle}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  );
}
