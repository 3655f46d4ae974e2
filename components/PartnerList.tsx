import { getTranslations } from 'next-intl/server';
import type { Partner } from '@/lib/content';
import { PartnerCard } from './PartnerCard';

export async function PartnerList({ partners }: { partners: Partner[] }) {
  const t = await getTranslations('Partners');
  const groups = [
    { id: 'partner-cities', heading: t('citiesHeading'), members: partners.filter((partner) => partner.kind === 'city') },
    { id: 'technical-partners', heading: t('technicalHeading'), members: partners.filter((partner) => partner.kind === 'technical') },
  ];
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={group.id} className="mt-8">
      <h2 id={group.id} className="mb-4 text-2xl font-semibold">
        {group.heading}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2" data-partner-group={group.id}>
        {group.members.map((partner) => (
          <PartnerCard key={partner.key} partner={partner} />
        ))}
      </ul>
    </section>
  ));
}
