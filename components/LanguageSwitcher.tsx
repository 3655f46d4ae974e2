import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { findTranslations, type Page } from '@/lib/content';
import { pagePath } from '@/lib/content/site';

/** A plain link to the same page in the other language, or to its home page when there is no translation. */
export async function LanguageSwitcher({ locale, page }: { locale: Locale; page?: Page }) {
  const t = await getTranslations('LanguageSwitcher');
  const target = routing.locales.find((other) => other !== locale)!;
  const translation = page ? findTranslations(page.key)[target] : undefined;
  const href = translation?.path ?? pagePath(target, '');
  const missing = page !== undefined && translation === undefined;
  return (
    <div className="text-sm">
      <a
        href={href}
        hrefLang={target}
        lang={target}
        className="inline-block rounded border border-eu px-3 py-1.5 font-semibold text-eu hover:bg-eu hover:text-white"
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
