import { getTranslations } from 'next-intl/server';
import type { Partner } from '@/lib/content';
import { entryAnchor } from '@/i18n/paths';
import { imageAttributes } from '@/lib/pictures/variants';

// The logo's box: 10rem × 4rem, the logo fitted inside it whatever its shape.
const logoSizes = '10rem';

/**
 * One partner, with a stable id (its file name) that the map and other pages link to. A partner city leads with
 * its city; a partner whose seat is not known shows its country alone. A name in another language than the page's
 * is followed by its translation.
 */
export async function PartnerCard({ partner, isPublisher = false }: { partner: Partner; isPublisher?: boolean }) {
  const t = await getTranslations('Partners');
  const isCity = partner.kind === 'city';
  return (
    <li id={entryAnchor('partners', partner.key)} className="partner-entry rounded-lg border border-line bg-raised p-4">
      {partner.logo && (
        // eslint-disable-next-line @next/next/no-img-element -- processed at build time, as in the export (lib/pictures)
        <img
          {...imageAttributes(partner.logo, logoSizes, true)}
          alt={partner.name}
          className="mb-3 box-content h-16 w-40 rounded bg-logo-ground object-contain object-left p-1"
        />
      )}
      {isCity && <p className="text-xl font-bold text-accent">{partner.city}</p>}
      <p className={isCity ? 'font-medium' : 'text-lg font-semibold'} lang={partner.nameLanguage}>
        {partner.name}
      </p>
      {partner.nameTranslation && <p className="text-sm">{partner.nameTranslation}</p>}
      <p className="text-sm text-muted">
        {t('kind', { kind: partner.kind })} ·{' '}
        {isCity || !partner.city ? partner.countryName : `${partner.city}, ${partner.countryName}`}
      </p>
      {isPublisher && (
        <p className="mt-2 inline-block rounded-full bg-accent-soft px-3 py-0.5 text-sm font-semibold text-accent">
          {t('publisher')}
        </p>
      )}
      {partner.role && <p className="mt-2">{partner.role}</p>}
      {partner.website && (
        <a href={partner.website} className="mt-2 inline-block text-accent underline">
          {t('website', { name: partner.name })}
        </a>
      )}
    </li>
  );
}
