import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { findTranslations, type Page, type Site } from '@/lib/content';
import { pagePath } from '@/i18n/paths';

/**
 * A plain link to the same page in the other language, or to its home page when there is no translation. On phones
 * the wrapper gives way (`contents`), so that the link sits at the end of the menu's row and the note below it.
 */
export async function LanguageSwitcher({ site, locale, page }: { site: Site; locale: Locale; page?: Page }) {
  const t = await getTranslations('LanguageSwitcher');
  const target = routing.locales.find((other) => other !== locale)!;
  const translation = page ? findTranslations(site, page.key)[target] : undefined;
  const href = translation?.path ?? pagePath(target);
  const missing = page !== undefined && translation === undefined;
  return (
    <div className="text-sm max-sm:contents">
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="inline-block rounded border border-accent px-3 py-1.5 font-semibold text-accent transition-colors hover:bg-accent hover:text-on-accent max-sm:inline-flex max-sm:min-h-11 max-sm:min-w-11 max-sm:shrink-0 max-sm:items-center max-sm:justify-center"
        aria-describedby={missing ? 'missing-translation' : undefined}
        title={missing ? undefined : t('labelLong')}
      >
        {t('label')}
      </a>
      {missing && (
        <p
          id="missing-translation"
          className="mt-1 max-w-xs text-xs text-muted max-sm:mt-0 max-sm:mb-1 max-sm:max-w-none max-sm:basis-full"
        >
          {t('missingTranslation')}
        </p>
      )}
    </div>
  );
}
