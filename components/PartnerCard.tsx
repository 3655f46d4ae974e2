import { getTranslations } from 'next-intl/server';
import type { Partner } from '@/lib/content';
import { PlaceholderText } from './PlaceholderText';

export async function PartnerCard({ partner }: { partner: Partner }) {
  const t = await getTranslations('Partners');
  return (
    <li className="rounded-lg border border-slate-200 p-4">
      <p className="text-lg font-semibold" lang={partner.nameLanguage}>
        {partner.name}
      </p>
      <p className="text-muted">{t('kind', { kind: partner.kind })}</p>
      <p>
        <PlaceholderText text={partner.city} />, {partner.countryName}
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
