import { getTranslations } from 'next-intl/server';
import type { Project } from '@/lib/content';
import { EuEmblemSvg } from '@/lib/eu-emblem';

/** EU emblem, "European Union" written out and the AMIF funding statement (shown at the top of every page). */
export async function FundingNotice({ project }: { project: Project }) {
  const t = await getTranslations('Funding');
  return (
    <div className="border-b border-slate-200 bg-slate-50">
      <div className="mx-auto flex max-w-5xl items-center gap-3 px-4 py-2 text-sm">
        <EuEmblemSvg role="img" aria-label={t('emblemAlt')} className="h-10 w-[60px] shrink-0" />
        <p className="text-slate-800">
          <strong className="block font-semibold">{t('union')}</strong>
          {t('statement', { project: project.shortName, fund: project.fundName, grant: project.grantAgreement })}
        </p>
      </div>
    </div>
  );
}
