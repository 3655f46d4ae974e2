import { getTranslations } from 'next-intl/server';
import type { Partner } from '@/lib/content';
import { PlaceholderText } from './PlaceholderText';

/** A partner; a city administration leads with its city so the seven cities stand out at a glance. */
export async function PartnerCard({ partner }: { partner: Partner }) {
  const t = await getTranslations('Partners');
  const isCity = partner.kind === 'city';
  return (
    <li className={`rounded-lg border p-4 ${isCity ? 'border-eu/40 border-l-4 border-l-eu' : 'border-slate-200'}`}>
      {isCity && <p className="text-xl font-bold text-eu">{partner.city}</p>}
      <p className={isCity ? 'font-medium' : 'text-lg font-semibold'} lang={partner.nameLanguage}>
        {partner.name}
      </p>
      <p className="text-muted">
        {t('kind', { kind: partner.kind })} · {isCity ? partner.countryName : <><PlaceholderText text={partner.city} />, {partner.countryName}</>}
      </p>
      {partner.role && <p className="mt-1">{partner.role}</p>}
      {partner.website && (
        <a href={partner.website} className="mt-1 inline-block text-eu underline">
          {t('website', { name: partner.name })}
        </a>
      )}
    </li>
  );
}
