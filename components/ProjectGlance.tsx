import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Project } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { partnerCityMap } from '@/lib/map/partner-map';
import { GoalList } from './GoalList';
import { PartnerMap } from './PartnerMap';

interface ProjectGlanceProps {
  project: Project;
  locale: Locale;
  partnersPath?: string;
  goalsPath?: string;
}

/** The home page's summary: status and duration, the figures, the cities on a small map, the goals. */
export async function ProjectGlance({ project, locale, partnersPath, goalsPath }: ProjectGlanceProps) {
  const t = await getTranslations('Project');
  const tp = await getTranslations('Partners');
  const start = formatDate(locale, project.start);
  const end = formatDate(locale, project.end);
  const figures = [
    { count: project.cities.length, label: t('cityCount', { count: project.cities.length }) },
    {
      count: project.technicalPartners.length,
      label: t('technicalCount', { count: project.technicalPartners.length }),
    },
    { count: project.countries.length, label: t('countryCount', { count: project.countries.length }) },
    { count: project.goals.length, label: t('goalCount', { count: project.goals.length }) },
  ];
  const cityNames = project.cities.map((city) => city.city).join(', ');
  // The overview is drawn on a coarser grid than the partners page's map: half the points, which the server's
  // pages carry twice (in the HTML and in the RSC payload).
  const map = (
    <PartnerMap
      map={partnerCityMap(project.cities, { width: 320, labelSize: 14 })}
      id="home-map"
      title={tp('mapTitle')}
      description={tp('mapDescription', { count: project.cities.length, cities: cityNames })}
      labels={false}
    />
  );
  return (
    <section aria-labelledby="project-glance" className="mb-10 rounded-xl border border-line bg-surface p-5 sm:p-6">
      <h2 id="project-glance" className="mb-4 text-xl font-semibold">
        {t('glanceHeading')}
      </h2>
      {/* The header leaves the subtitle out on phones: here it stays readable. */}
      <p className="mb-4 sm:hidden" data-fact="tagline">
        {project.tagline}
      </p>
      <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-[auto_minmax(0,1fr)] sm:items-baseline">
        <dt className="font-semibold">{t('status')}</dt>
        <dd data-fact="status">
          <span className="inline-block rounded-full bg-accent px-3 py-0.5 text-sm font-semibold text-on-accent">
            {t('statusValue', { status: project.status })}
          </span>
        </dd>
        <dt className="font-semibold">{t('duration')}</dt>
        <dd data-fact="duration">{t('dateRange', { start, end })}</dd>
      </dl>
      <ul className="mt-5 grid grid-cols-2 gap-3 sm:grid-cols-4" aria-label={t('figures')}>
        {figures.map((figure) => (
          <li key={figure.label} className="rounded-lg border border-line bg-raised p-3 text-center">
            <span className="block text-3xl font-bold text-accent">{figure.count}</span>
            <span className="block text-sm text-muted">{figure.label}</span>
          </li>
        ))}
      </ul>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-lg font-semibold">{t('citiesHeading')}</h3>
          {partnersPath ? (
            <a href={partnersPath} className="group block overflow-hidden rounded-lg border border-line text-accent">
              {map}
              <span className="block bg-raised px-3 py-2 font-semibold underline group-hover:no-underline">
                {t('mapLink')}
              </span>
            </a>
          ) : (
            <div className="overflow-hidden rounded-lg border border-line">{map}</div>
          )}
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1" data-glance="cities">
            {project.cities.map((city) => (
              <li key={city.key}>
                {city.city} <span className="text-muted">({city.countryName})</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="mb-2 text-lg font-semibold">{t('goalsHeading')}</h3>
          <GoalList goals={project.goals} compact />
          {goalsPath && (
            <a href={goalsPath} className="mt-3 inline-block font-semibold text-accent underline hover:no-underline">
              {t('goalsLink')}
            </a>
          )}
        </div>
      </div>
    </section>
  );
}
