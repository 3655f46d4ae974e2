import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Project } from '@/lib/content';
import { EuEmblemSvg } from '@/lib/eu-emblem';

/**
 * EU emblem, "European Union" written out and the AMIF funding statement, at the top of every page; on wide screens
 * the publisher stands beside it. No other logo on the site is larger than the emblem.
 */
export async function FundingNotice({ project, locale }: { project: Project; locale: Locale }) {
  const t = await getTranslations({ locale });
  return (
    <div className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-2.5 text-sm">
        <EuEmblemSvg
          role="img"
          aria-label={t('Funding.emblemAlt')}
          className="eu-emblem h-10 w-15 shrink-0 sm:h-12 sm:w-18"
        />
        <p className="max-w-2xl">
          <strong className="block text-base font-semibold">{t('Funding.union')}</strong>
          {t('Funding.statement', {
            project: project.shortName,
            fund: project.fundName,
            grant: project.grantAgreement,
          })}
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
