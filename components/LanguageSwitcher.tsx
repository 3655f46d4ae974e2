import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { findTranslations, type Page, type Site } from '@/lib/content';
import { pagePath } from '@/i18n/paths';

/** A plain link to the same page in the other language, or to its home page when there is no translation. */
export async function LanguageSwitcher({ site, locale, page }: { site: Site; locale: Locale; page?: Page }) {
  const t = await getTranslations('LanguageSwitcher');
  const target = routing.locales.find((other) => other !== locale)!;
  const translation = page ? findTranslations(site, page.key)[target] : undefined;
  const href = translation?.path ?? pagePath(target);
  const missing = page !== undefined && translation === undefined;
  return (
    <div className="text-sm">
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="inline-block rounded border border-accent px-3 py-1.5 font-semibold text-accent transition-colors hover:bg-accent hover:text-on-accent"
        aria-describedby={missing ? 'missing-translation' : undefined}
        title={missing ? undefined : t('labelLong')}
      >
        {t('label')}
      </a>
      {missing && (
        <p id="missing-translation" className="mt-1 max-w-xs text-xs text-muted">
          {t('missingTranslation')}
        </p>
      )}
    </div>
  );
}
