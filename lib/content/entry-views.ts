import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { projectStatus, type ProjectStatus } from '../project-status';
import type { FieldsOf } from './collection-spec';
import type { Picture } from './pictures';
import type * as schemas from './schemas';
import type { Site } from './site';

export type Partner = Omit<FieldsOf<typeof schemas.partners>, 'role' | 'nameTranslation' | 'logo'> & {
  key: string;
  /** The checked picture of its `logo`. */
  logo?: Picture;
  /** The country's name in the page's language. */
  countryName: string;
  /** The name in the page's language, when the partner's own name is in another one. */
  nameTranslation?: string;
  role?: string;
};

/** A partner city: the content check makes sure it has its city and its position on the map. */
export type CityPartner = Partner & Required<Pick<Partner, 'city' | 'latitude' | 'longitude'>>;

const isCity = (partner: Partner): partner is CityPartner => partner.kind === 'city';

export type Contact = Omit<FieldsOf<typeof schemas.contacts>, 'organisation' | 'order'> & {
  key: string;
  phoneHref: string;
  organisation: Partner;
};

export type Material = Pick<FieldsOf<typeof schemas.materials>, 'language' | 'date' | 'title' | 'summary'> & {
  key: string;
  /** Language the title is written in: the German one stands in for a missing translation. */
  titleLanguage: Locale;
  href: string;
  fileType: string;
  bytes: number;
};

export type Project = Omit<FieldsOf<typeof schemas.projects>, 'publisher'> & {
  /** Who publishes this website. */
  publisher: Partner;
  status: ProjectStatus;
  /** The partner cities and the project's technical partners: the partners the project names. */
  cities: CityPartner[];
  technicalPartners: Partner[];
  /** Country codes of those partners. */
  countries: string[];
};

/** The version in the page's language, else the one that holds the shared facts. */
function versionIn<Version>(versions: Partial<Record<Locale, Version>>, locale: Locale): Version {
  return (versions[locale] ?? routing.locales.map((other) => versions[other]).find(Boolean))!;
}

/** Partners sorted by city (or name, where the seat is not known), with their country named in the page's language. */
export function selectPartners(site: Site, locale: Locale): Partner[] {
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return site.partners
    .map(({ key, shared, versions }) => ({
      key,
      ...shared,
      logo: site.logos.get(key),
      countryName: countries.of(shared.country) ?? shared.country,
      nameTranslation: shared.nameLanguage === locale ? undefined : versions[locale]?.fields.nameTranslation,
      role: versions[locale]?.fields.role,
    }))
    .sort((a, b) => (a.city ?? a.name).localeCompare(b.city ?? b.name, locale) || a.name.localeCompare(b.name, locale));
}

export function selectContacts(site: Site, locale: Locale, partners = selectPartners(site, locale)): Contact[] {
  return site.contacts
    .toSorted((a, b) => a.shared.order - b.shared.order)
    .map(({ key, shared, versions }) => ({
      key,
      name: shared.name,
      phone: shared.phone,
      phoneHref: `tel:${shared.phone.replace(/[^\d+]/g, '')}`,
      email: shared.email,
      role: versionIn(versions, locale).fields.role,
      organisation: partners.find((partner) => partner.key === shared.organisation)!,
    }));
}

/** Downloadable documents, newest first. */
export function selectMaterials(site: Site, locale: Locale): Material[] {
  return site.materials
    .map(({ key, shared, versions, bytes }) => {
      const titleLanguage = versions[locale] ? locale : routing.locales.find((other) => versions[other])!;
      const { title, summary } = versions[titleLanguage]!.fields;
      return {
        key,
        title,
        titleLanguage,
        summary,
        language: shared.language,
        date: shared.date,
        href: `/materials/${encodeURIComponent(shared.file)}`,
        fileType: path.extname(shared.file).slice(1).toUpperCase(),
        bytes,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The project's facts in one language, with its status as of the day the site is built. */
export function selectProject(site: Site, locale: Locale, partners = selectPartners(site, locale)): Project {
  const { shared, versions } = site.project;
  const cities = partners.filter(isCity);
  const technicalPartners = partners.filter((partner) => partner.kind === 'technical');
  return {
    ...shared,
    ...versionIn(versions, locale).fields,
    publisher: partners.find((partner) => partner.key === shared.publisher)!,
    status: projectStatus(shared.start, shared.end),
    cities,
    technicalPartners,
    countries: [...new Set([...cities, ...technicalPartners].map((partner) => partner.country))],
  };
}
