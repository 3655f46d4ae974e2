import { expect, test } from './fixtures';
import { selectContacts, selectProject } from '../../lib/content';
import { frontMatter } from './content-files';
import { pageByTemplate, publishedSite } from './content-index';

// What search engines read as data (JSON-LD), checked against the content index and the Markdown files.
test('home pages carry the project, its named partners and the publisher of the website as JSON-LD', async ({
  page,
}) => {
  for (const locale of ['de', 'en'] as const) {
    const project = selectProject(publishedSite(), locale);
    await page.goto(pageByTemplate('home', locale).path);
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')[
      '@graph'
    ];
    const byType = (type: string) => graph.find((node: { '@type': string }) => node['@type'] === type);
    expect(byType('Project')).toMatchObject({
      startDate: project.start,
      endDate: project.end,
      funding: {
        identifier: project.grantAgreement,
        url: project.fundWebsite,
        funder: { name: locale === 'de' ? 'Europäische Union' : 'European Union' },
      },
    });
    // The partners the project names: the cities and the technical partners, not the publisher.
    expect(
      byType('Project')
        .member.map((member: { name: string }) => member.name)
        .sort(),
    ).toEqual([...project.cities, ...project.technicalPartners].map((partner) => partner.name).sort());
    expect(byType('Project').areaServed.map((city: { name: string }) => city.name)).toEqual(
      project.cities.map((city) => city.city),
    );
    expect(byType('Project').parentOrganization).toBeUndefined();
    expect(byType('GovernmentOrganization')).toMatchObject({ name: project.publisher.name });
    expect(byType('WebSite').publisher['@id']).toBe(byType('GovernmentOrganization')['@id']);
    // Facts as the Markdown states them: a seat or a translated name that no file gives is not claimed.
    const projectFile = frontMatter('project', 'epi', 'de')!;
    expect(byType('Project').funding.url).toBe(projectFile.fundWebsite);
    const publisherFile = frontMatter('partners', String(projectFile.publisher), 'de')!;
    expect(byType('GovernmentOrganization').name).toBe(publisherFile.name);
    expect(byType('GovernmentOrganization').address.addressLocality).toBe(publisherFile.city);
    for (const member of byType('Project').member as { name: string; alternateName?: string }[]) {
      const partner = [...project.cities, ...project.technicalPartners].find((named) => named.name === member.name)!;
      const own = frontMatter('partners', partner.key, 'de')!.nameLanguage === locale;
      const translated = own ? undefined : frontMatter('partners', partner.key, locale)?.nameTranslation;
      expect(member.alternateName, member.name).toBe(translated);
    }
  }
});

test('the contact page carries a ContactPoint for each contact person', async ({ page }) => {
  await page.goto(pageByTemplate('contact', 'en').path);
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')['@graph'];
  expect(graph).toMatchObject(
    selectContacts(publishedSite(), 'en').map((contact) => ({
      '@type': 'ContactPoint',
      telephone: contact.phone,
      email: contact.email,
    })),
  );
  // No content file says which languages a contact person speaks, so the page does not claim any.
  for (const point of graph) expect(point).not.toHaveProperty('availableLanguage');
});
