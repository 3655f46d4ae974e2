import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { selectNavigation, type Project, type Site } from '@/lib/content';
import { FooterLinks } from './FooterLinks';

/**
 * Funding (with the European Commission's page on the fund), publisher and the legal links. The funding statement
 * comes first: on phones, where the header shows only a short line, this is where the full one stands.
 */
export async function SiteFooter({ site, locale, project }: { site: Site; locale: Locale; project: Project }) {
  const t = await getTranslations();
  const links = selectNavigation(site, locale, 'footer');
  return (
    <footer className="mt-16 border-t-4 border-accent bg-surface text-sm">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-10 md:grid-cols-[1fr_1fr_auto]">
        <div className="space-y-2">
          <h2 className="text-base font-semibold">{t('Funding.heading')}</h2>
          <p>
            {t('Funding.statement', {
              project: project.shortName,
              fund: project.fundName,
              grant: project.grantAgreement,
            })}
          </p>
          <p>
            <a href={project.fundWebsite} className="text-accent underline hover:no-underline" hrefLang="en">
              {t('Funding.moreInfo', { fund: project.fundName, fundShort: project.fund })}
            </a>
          </p>
          <p className="text-muted">{t('Funding.disclaimer')}</p>
        </div>
        <div className="space-y-2 md:order-first">
          <h2 className="text-base font-semibold">{t('Layout.publisher')}</h2>
          <p>{project.publisherNote}</p>
        </div>
        <FooterLinks links={links} label={t('Layout.footerNavigation')} listClassName="space-y-2" />
      </div>
    </footer>
  );
}
