import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { pagePath } from '@/i18n/paths';
import { loadSite, selectNavigation, selectProject } from '@/lib/content';
import { FooterLinks } from '@/components/FooterLinks';
import { FundingNotice } from '@/components/FundingNotice';

export async function generateMetadata() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });
  return { title: t('name') };
}

/**
 * `/` of the static export: both languages to choose from. In server mode proxy.ts redirects `/`
 * before this page is reached; in the export, scripts/finish-export.ts adds the small script that picks the
 * visitor's language, and nginx redirects by Accept-Language instead. Like every page, it carries the EU
 * funding notice and the legal links, here in each language.
 */
export default async function LanguageChoicePage() {
  const site = loadSite();
  const choices = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale }),
      project: selectProject(site, locale),
      legalLinks: selectNavigation(site, locale, 'footer'),
    })),
  );
  const [first] = choices;
  return (
    <>
      <header>
        <FundingNotice project={first.project} locale={first.locale} />
      </header>
      <main className="mx-auto max-w-2xl space-y-10 px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight text-accent">{first.t('Site.name')}</h1>
        {choices.map(({ locale, t, project, legalLinks }) => (
          <section key={locale} lang={locale} className="space-y-3">
            <p className="text-lg">
              {t('LanguageChoice.prompt')}{' '}
              <a href={pagePath(locale, '')} hrefLang={locale} className="font-semibold text-accent underline">
                {t('LanguageChoice.link')}
              </a>
            </p>
            <p className="text-sm">
              {t('Funding.statement', {
                project: project.shortName,
                fund: project.fundName,
                grant: project.grantAgreement,
              })}
            </p>
            <p className="text-sm text-muted">{t('Funding.disclaimer')}</p>
            <FooterLinks
              links={legalLinks}
              label={t('Layout.footerNavigation')}
              listClassName="flex flex-wrap gap-x-6 gap-y-2 text-sm"
            />
          </section>
        ))}
      </main>
    </>
  );
}
