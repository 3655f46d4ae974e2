import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { Material } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { entryAnchor } from '@/i18n/paths';

/** Downloadable documents with language, date, type and size; one sentence when there are none. */
export function MaterialList({ locale, materials }: { locale: Locale; materials: Material[] }) {
  const t = useTranslations('Materials');
  if (materials.length === 0) {
    return (
      <p className="mt-2 text-lg" data-empty-state>
        {t('empty')}
      </p>
    );
  }
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <ul className="mt-8 space-y-4" data-materials>
      {materials.map((material) => {
        const size = t('size', { kilobytes: Math.max(1, material.bytes / 1024) });
        return (
          <li
            key={material.key}
            id={entryAnchor('materials', material.key)}
            className="rounded-lg border border-line bg-raised p-4"
          >
            <a href={material.href} download className="text-lg font-semibold text-accent underline">
              <span lang={material.titleLanguage === locale ? undefined : material.titleLanguage}>
                {material.title}
              </span>{' '}
              ({material.fileType}, {size})
            </a>
            {material.summary && <p className="mt-1">{material.summary}</p>}
            <dl className="mt-2 flex flex-wrap gap-x-6 text-sm text-muted">
              <div>
                <dt className="inline">{t('language')}: </dt>
                <dd className="inline">{languages.of(material.language)}</dd>
              </div>
              <div>
                <dt className="inline">{t('date')}: </dt>
                <dd className="inline">
                  <time dateTime={material.date}>{formatDate(locale, material.date)}</time>
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
