import { getTranslations } from 'next-intl/server';
import type { Contact } from '@/lib/content';
import { entryAnchor } from '@/i18n/paths';

export async function ContactCard({ contact }: { contact: Contact }) {
  const t = await getTranslations('Contact');
  return (
    <section
      aria-labelledby={entryAnchor('contacts', contact.key)}
      className="mt-8 rounded-lg border border-line bg-raised p-5"
    >
      <h2 id={entryAnchor('contacts', contact.key)} className="text-xl font-semibold">
        {contact.name}
      </h2>
      <p className="text-muted">{contact.role}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt className="font-semibold">{t('organisation')}</dt>
        <dd lang={contact.organisation.nameLanguage}>{contact.organisation.name}</dd>
        <dt className="font-semibold">{t('phone')}</dt>
        <dd>
          <a href={contact.phoneHref} className="text-accent underline">
            {contact.phone}
          </a>
        </dd>
        <dt className="font-semibold">{t('email')}</dt>
        <dd>
          <a href={`mailto:${contact.email}`} className="break-all text-accent underline">
            {contact.email}
          </a>
        </dd>
      </dl>
    </section>
  );
}
