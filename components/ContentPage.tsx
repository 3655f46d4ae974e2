import { getTranslations } from 'next-intl/server';
import {
  findTemplatePage,
  loadSite,
  selectContacts,
  selectMaterials,
  selectPartners,
  selectProject,
  type Page,
  type Partner,
  type Project,
  type Site,
} from '@/lib/content';
import { contactStructuredData, projectStructuredData } from '@/lib/structured-data';
import { ContactCard } from './ContactCard';
import { GoalList } from './GoalList';
import { MaterialList } from './MaterialList';
import { PageShell } from './PageShell';
import { PartnerList } from './PartnerList';
import { ProjectGlance } from './ProjectGlance';
import { Prose } from './Prose';
import { StructuredData } from './StructuredData';

/**
 * A content page: its title and Markdown, plus the data its template asks for. `site` is the saved content unless
 * the browser editor previews unsaved text.
 */
export function ContentPage({ page, site = loadSite() }: { page: Page; site?: Site }) {
  const partners = selectPartners(site, page.locale);
  const project = selectProject(site, page.locale, partners);
  return (
    <PageShell site={site} project={project} locale={page.locale} page={page}>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-ink sm:text-4xl">{page.title}</h1>
      {page.lead && <p className="mb-8 max-w-3xl text-lg text-ink">{page.lead}</p>}
      {page.template === 'home' && (
        <ProjectGlance
          project={project}
          locale={page.locale}
          partnersPath={findTemplatePage(site, page.locale, 'partners')?.path}
          goalsPath={findTemplatePage(site, page.locale, 'goals')?.path}
        />
      )}
      <Prose html={page.html} />
      <TemplateData site={site} page={page} partners={partners} project={project} />
    </PageShell>
  );
}

async function TemplateData({
  site,
  page,
  partners,
  project,
}: {
  site: Site;
  page: Page;
  partners: Partner[];
  project: Project;
}) {
  const { locale } = page;
  switch (page.template) {
    case 'home': {
      const t = await getTranslations('Funding');
      return <StructuredData data={projectStructuredData(project, page, t('union'))} />;
    }
    case 'goals':
      return <GoalList goals={project.goals} />;
    case 'partners':
      return <PartnerList partners={partners} project={project} />;
    case 'contact': {
      const contacts = selectContacts(site, locale, partners);
      return (
        <>
          {contacts.map((contact) => (
            <ContactCard key={contact.key} contact={contact} />
          ))}
          <StructuredData data={contactStructuredData(contacts)} />
        </>
      );
    }
    case 'materials':
      return <MaterialList locale={locale} materials={selectMaterials(site, locale)} />;
    default:
      return null;
  }
}
