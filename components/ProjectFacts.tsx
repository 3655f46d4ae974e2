import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Project } from '@/lib/content';
import { formatDate } from '@/lib/dates';

export async function ProjectFacts({ project }: { project: Project }) {
  const t = await getTranslations('Project');
  const locale = (await getLocale()) as Locale;
  const date = (value: string) => formatDate(locale, value);
  const start = date(project.start);
  const end = date(project.end);
  const facts = [
    { term: t('duration'), value: t('dateRange', { start, end }) },
    { term: t('status'), value: t('statusValue', { status: project.status, start, end }) },
    { term: t('funding'), value: t('fundingValue', { fund: project.fundName, grant: project.grantAgreement }) },
    { term: t('cities'), value: project.cities.map((city) => city.city).join(', ') },
    { term: t('operator'), value: project.operator.name },
  ];
  return (
    <section aria-labelledby="project-facts" className="mb-8 rounded-lg border border-slate-200 bg-slate-50 p-5">
      <h2 id="project-facts" className="mb-3 text-xl font-semibold">
        {t('factsHeading')}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]">
        {facts.map((fact) => (
          <div key={fact.term} className="contents">
            <dt className="font-semibold">{fact.term}</dt>
            <dd className="mb-2 sm:mb-0" data-fact={fact.term}>
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
