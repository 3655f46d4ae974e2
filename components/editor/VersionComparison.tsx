import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { LanguageComparison } from '@/lib/editor/history';
import { FieldComparisonTable } from './FieldComparisonTable';
import { WordDiff } from './WordDiff';

interface VersionComparisonProps {
  lang: Locale;
  folder: string;
  hasBody: boolean;
  languages: LanguageComparison[];
}

/** A version beside the current files, language by language: the fields side by side, the text as a word diff. */
export async function VersionComparison({ lang, folder, hasBody, languages }: VersionComparisonProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.history' });
  const languageName = (name: Locale) => new Intl.DisplayNames([lang], { type: 'language' }).of(name) ?? name;
  return (
    <section aria-labelledby="compare-heading" className="mt-6">
      <h2 id="compare-heading" className="mb-2 text-2xl font-semibold">
        {t('compareHeading')}
      </h2>
      {languages.map((comparison) => {
        const language = languageName(comparison.locale);
        return (
          <section key={comparison.locale} aria-labelledby={`compare-${comparison.locale}`} className="mb-6">
            <h3 id={`compare-${comparison.locale}`} className="mb-2 text-xl font-semibold">
              {t('language', { language })}
            </h3>
            {!comparison.existedThen && <p className="mb-2 font-semibold">{t('absentThen')}</p>}
            {!comparison.existsNow && <p className="mb-2 font-semibold">{t('absentNow')}</p>}
            <FieldComparisonTable
              lang={lang}
              folder={folder}
              caption={t('fieldsCaption', { language })}
              fields={comparison.fields}
            />
            {hasBody && (
              <>
                <h4 className="mb-1 font-semibold">{t('bodyHeading', { language })}</h4>
                <WordDiff lang={lang} parts={comparison.body} />
              </>
            )}
          </section>
        );
      })}
    </section>
  );
}
