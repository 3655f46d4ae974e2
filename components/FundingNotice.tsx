import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Project } from '@/lib/content';
import { EuEmblemSvg } from '@/lib/eu-emblem';

/**
 * EU emblem, "European Union" written out and the AMIF funding statement, at the top of every page; on wide screens
 * the publisher stands beside it. No other logo on the site is larger than the emblem. Phones show a short line here
 * and the full statement at the top of the footer, so that the page's own title fits on the first screen.
 */
export async function FundingNotice({ project, locale }: { project: Project; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <div className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-1.5 text-sm sm:gap-4 sm:py-2.5">
        <EuEmblemSvg
          role="img"
          aria-label={t('Funding.emblemAlt')}
          className="eu-emblem h-8 w-12 shrink-0 sm:h-12 sm:w-18"
        />
        <p className="max-w-2xl">
          <strong className="block font-semibold sm:text-base">{t('Funding.union')}</strong>
          <span className="hidden sm:inline">
            {t('Funding.statement', {
              project: project.shortName,
              fund: project.fundName,
              grant: project.grantAgreement,
            })}
          </span>
          <span className="sm:hidden">{t('Funding.shortStatement', { fundShort: project.fund })}</span>
        </p>
        <p className="ml-auto hidden shrink-0 text-right text-muted lg:block">
          {t('Layout.publishedBy')}
          <span className="block font-semibold text-ink" lang={project.publisher.nameLanguage}>
            {project.publisher.name}
          </span>
        </p>
      </div>
    </div>
  );
}
