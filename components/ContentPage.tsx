import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { findTemplatePage, loadContacts, loadMaterials, loadPartners, loadProject, type Page } from '@/lib/content';
import { contactStructuredData, projectStructuredData } from '@/lib/structured-data';
import { ContactCard } from './ContactCard';
import { MaterialList } from './MaterialList';
import { PageShell } from './PageShell';
import { PartnerList } from './PartnerList';
import { ProjectFacts } from './ProjectFacts';
import { Prose } from './Prose';
import { StructuredData } from './StructuredData';

/** A content page: its title and Markdown, plus the data its template asks for. */
export function ContentPage({ page }: { page: Page }) {
  return (
    <PageShell locale={page.locale} page={page}>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-ink sm:text-4xl">{page.title}</h1>
      {page.template === 'home' && <ProjectFacts project={loadProject(page.locale)} />}
      <Prose html={page.html} />
      <TemplateData page={page} locale={page.locale} />
    </PageShell>
  );
}

async function TemplateData({ page, locale }: { page: Page; locale: Locale }) {
  switch (page.template) {
    case 'home': {
      const t = await getTranslations('Funding');
      return <StructuredData data={projectStructuredData(loadProject(locale), page, t('union'))} />;
    }
    case 'partners':
      return <PartnerList partners={loadPartners(locale)} />;
    case 'contact':
      return (
        <>
          {loadContacts(locale).map((contact) => (
            <ContactCard key={contact.key} contact={contact} />
          ))}
          <StructuredData data={contactStructuredData(locale)} />
        </>
      );
    case 'materials':
      return <MaterialList locale={locale} materials={loadMaterials(locale)} contactPath={findTemplatePage(locale, 'contact')?.path} />;
    default:
      return null;
  }
}
