import { getTranslations } from 'next-intl/server';
import type { Partner, Project } from '@/lib/content';
import { closeUp } from '@/lib/map/close-up';
import { partnerCityMap } from '@/lib/map/partner-map';
import { PartnerCard } from './PartnerCard';
import { PartnerMap } from './PartnerMap';
import { entryAnchor } from '@/i18n/paths';

// Markers are tap targets of 44 × 44 px (WCAG 2.5.5), kept clear of other markers' labels where each map is drawn
// narrowest: the whole map in its column on a 768 px screen; the close-up that phones see instead across a 320 px
// screen, less the page's padding and the frame's border.
const wholeMap = { tapTargets: { size: 44, narrowestWidth: 425 } };
const phoneMap = { labelSize: 14, tapTargets: { size: 44, narrowestWidth: 286 } };

/**
 * The partners page: the partner cities on a map with their entries beside it (the same information as a list),
 * then the technical partners, then any city's own technical partner, kept apart from the project's list.
 */
export async function PartnerList({ partners, project }: { partners: Partner[]; project: Project }) {
  const t = await getTranslations('Partners');
  const { cities, technicalPartners } = project;
  const local = partners.filter((partner) => partner.kind === 'local');
  const cityNames = cities.map((city) => city.city).join(', ');
  const map = partnerCityMap(cities, wholeMap);
  const markerLinks = Object.fromEntries(
    cities.map((city) => [
      city.key,
      {
        href: `#${entryAnchor('partners', city.key)}`,
        name: t('markerLabel', { city: city.city, country: city.countryName }),
      },
    ]),
  );
  const groups = [
    {
      id: 'technical-partners',
      heading: t('technicalHeading', { count: technicalPartners.length }),
      members: technicalPartners,
    },
    { id: 'local-partners', heading: t('localHeading', { count: local.length }), members: local },
  ].filter((group) => group.members.length > 0);
  return (
    <>
      <section aria-labelledby="partner-cities" className="mt-10">
        <h2 id="partner-cities" className="mb-4 text-2xl font-semibold">
          {t('citiesHeading', { count: cities.length })}
        </h2>
        <div className="grid items-start gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <div className="overflow-hidden rounded-lg border border-line md:sticky md:top-4">
            <PartnerMap
              map={map}
              closeUp={closeUp(map, phoneMap)}
              id="partner-map"
              title={t('mapTitle')}
              description={t('mapDescription', { count: cities.length, cities: cityNames })}
              markerLinks={markerLinks}
            />
          </div>
          <ul className="grid gap-3" data-partner-group="partner-cities">
            {cities.map((partner) => (
              <PartnerCard key={partner.key} partner={partner} />
            ))}
          </ul>
        </div>
      </section>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id} className="mt-10">
          <h2 id={group.id} className="mb-4 text-2xl font-semibold">
            {group.heading}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2" data-partner-group={group.id}>
            {group.members.map((partner) => (
              <PartnerCard key={partner.key} partner={partner} isPublisher={partner.key === project.publisher.key} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
