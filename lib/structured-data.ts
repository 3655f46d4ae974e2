import type { ContactPoint, GovernmentOrganization, Graph, Organization, ProjectLeaf } from 'schema-dts';
import { routing } from '@/i18n/routing';
import { hasPlaceholder, type Contact, type Page, type Partner, type Project } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

function organisation(partner: Partner): Organization {
  return {
    '@type': partner.kind === 'city' ? 'GovernmentOrganization' : 'Organization',
    name: partner.name,
    address: {
      '@type': 'PostalAddress',
      addressCountry: partner.country,
      ...(hasPlaceholder(partner.city) ? {} : { addressLocality: partner.city }),
    },
    ...(partner.website ? { url: partner.website } : {}),
  };
}

// schema.org's Project is an Organization and has no startDate/endDate; search engines
// and this site's own tests read them, so they stand beside foundingDate/dissolutionDate.
type ProjectWithDates = ProjectLeaf & { startDate: string; endDate: string };

/** JSON-LD for the home page: the project and the public body that runs it. */
export function projectStructuredData(project: Project, partners: Partner[], page: Page, unionName: string): Graph {
  const url = new URL(page.path, siteUrl()).href;
  const operator: GovernmentOrganization = { ...(organisation(project.operator) as object), '@type': 'GovernmentOrganization', '@id': `${url}#operator` };
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
      funder: european,
    },
    member: partners.map(organisation),
    areaServed: { '@type': 'City', name: project.operator.city },
    parentOrganization: { '@id': `${url}#operator` },
  } as ProjectWithDates;
  return { '@context': 'https://schema.org', '@graph': [epi, operator] };
}

/** JSON-LD for the contact page: one ContactPoint per contact person. */
export function contactStructuredData(contacts: Contact[]): Graph {
  const points: ContactPoint[] = contacts.map((contact) => ({
    '@type': 'ContactPoint',
    name: contact.name,
    contactType: contact.role,
    telephone: contact.phone,
    email: contact.email,
    availableLanguage: [...routing.locales],
  }));
  return { '@context': 'https://schema.org', '@graph': points };
}
