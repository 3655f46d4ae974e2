import type {
  ContactPoint,
  GovernmentOrganization,
  Graph,
  Organization,
  Place,
  ProjectLeaf,
  WebSite,
} from 'schema-dts';
import { type Contact, type Page, type Partner, type Project } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

function organisation(partner: Partner): Organization {
  return {
    '@type': partner.kind === 'city' ? 'GovernmentOrganization' : 'Organization',
    name: partner.name,
    ...(partner.nameTranslation ? { alternateName: partner.nameTranslation } : {}),
    address: {
      '@type': 'PostalAddress',
      addressCountry: partner.country,
      ...(partner.city ? { addressLocality: partner.city } : {}),
    },
    ...(partner.website ? { url: partner.website } : {}),
  };
}

// schema.org's Project is an Organization and has no startDate/endDate; search engines
// and this site's own tests read them, so they stand beside foundingDate/dissolutionDate.
type ProjectWithDates = ProjectLeaf & { startDate: string; endDate: string };

/**
 * JSON-LD for the home page: the project with the partners it names (cities and technical partners), and this
 * website, published by Pro Arbeit. Pro Arbeit is not the project's parent organisation: the seed does not say so.
 */
export function projectStructuredData(project: Project, page: Page, unionName: string): Graph {
  const url = new URL(page.path, siteUrl()).href;
  const publisher: GovernmentOrganization = {
    ...(organisation(project.publisher) as object),
    '@type': 'GovernmentOrganization',
    '@id': `${url}#publisher`,
    ...(project.publisher.role ? { description: project.publisher.role } : {}),
  };
  const european: GovernmentOrganization = { '@type': 'GovernmentOrganization', name: unionName };
  const epi: ProjectWithDates = {
    '@type': 'Project',
    '@id': `${url}#project`,
    name: `${project.shortName} – ${project.name}`,
    alternateName: project.shortName,
    description: page.description,
    url,
    inLanguage: page.locale,
    startDate: project.start,
    endDate: project.end,
    foundingDate: project.start,
    dissolutionDate: project.end,
    funder: european,
    funding: {
      '@type': 'MonetaryGrant',
      identifier: project.grantAgreement,
      name: `${project.fundName} (${project.fund})`,
      url: project.fundWebsite,
      funder: european,
    },
    member: [...project.cities, ...project.technicalPartners].map(organisation),
    areaServed: project.cities.map((city): Place => ({ '@type': 'City', name: city.city })),
  } as ProjectWithDates;
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': `${url}#website`,
    url,
    name: `${project.shortName} – ${project.name}`,
    inLanguage: page.locale,
    about: { '@id': `${url}#project` },
    publisher: { '@id': `${url}#publisher` },
  };
  return { '@context': 'https://schema.org', '@graph': [epi, website, publisher] };
}

/** JSON-LD for the contact page: one ContactPoint per contact person. */
export function contactStructuredData(contacts: Contact[]): Graph {
  const points: ContactPoint[] = contacts.map((contact) => ({
    '@type': 'ContactPoint',
    name: contact.name,
    contactType: contact.role,
    telephone: contact.phone,
    email: contact.email,
  }));
  return { '@context': 'https://schema.org', '@graph': points };
}
