import type { Locale } from '@/i18n/routing';
import { findTemplatePage, loadContacts, loadMaterials, loadPartners, loadProject, type Page } from '@/lib/content';
import { ContactCard } from './ContactCard';
import { MaterialList } from './MaterialList';
import { PageShell } from './PageShell';
import { PartnerList } from './PartnerList';
import { ProjectFacts } from './ProjectFacts';
import { Prose } from './Prose';

/** A content page: its title and Markdown, plus the data its template asks for. */
export function ContentPage({ page }: { page: Page }) {
  const locale = page.locale;
  return (
    <PageShell locale={locale} page={page}>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-ink sm:text-4xl">{page.title}</h1>
      {page.template === 'home' && <ProjectFacts project={loadProject(locale)} />}
      <Prose html={page.html} />
      <TemplateData page={page} locale={locale} />
    </PageShell>
  );
}

function TemplateData({ page, locale }: { page: Page; locale: Locale }) {
  switch (page.template) {
    case 'partners':
      return <PartnerList partners={loadPartners(locale)} />;
    case 'contact':
      return loadContacts(locale).map((contact) => <ContactCard key={contact.key} contact={contact} />);
    case 'materials':
      return <MaterialList locale={locale} materials={loadMaterials(locale)} contactPath={findTemplatePage(locale, 'contact')?.path} />;
    default:
      return null;
  }
}
