import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { NotFoundMessage } from '@/components/NotFoundMessage';
import './globals.css';

/** A path outside every language: the message in each language, each marked with its lang. */
export default async function GlobalNotFound() {
  const titles = await Promise.all(
    routing.locales.map(async (locale) => (await getTranslations({ locale, namespace: 'NotFound' }))('title')),
  );
  return (
    <html lang={routing.defaultLocale}>
      <head>
        <title>{titles.join(' · ')}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="bg-page font-sans text-ink">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-12">
          {routing.locales.map((locale, index) => (
            <section key={locale} lang={locale}>
              <NotFoundMessage locale={locale} level={index === 0 ? 1 : 2} />
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
