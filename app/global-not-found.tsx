import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { pagePath } from '@/i18n/paths';
import './globals.css';

/** A path outside every language: the message in each language, each marked with its lang. */
export default async function GlobalNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'NotFound' }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <head>
        <title>{messages.map(({ t }) => t('title')).join(' · ')}</title>
        <meta name="robots" content="noindex" />
      </head>
      <body className="bg-page font-sans text-ink">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-12">
          {messages.map(({ locale, t }, index) => (
            <section key={locale} lang={locale}>
              {index === 0 ? (
                <h1 className="mb-3 text-3xl font-bold">{t('title')}</h1>
              ) : (
                <h2 className="mb-3 text-2xl font-bold">{t('title')}</h2>
              )}
              <p className="mb-3">{t('text')}</p>
              <a href={pagePath(locale)} className="text-accent underline">
                {t('homeLink')}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
