import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Material } from '@/lib/content';
import { pagePath } from '@/i18n/paths';
import { formatDate } from '@/lib/dates';

export async function MaterialList({ locale, materials, contactPath }: { locale: Locale; materials: Material[]; contactPath?: string }) {
  const t = await getTranslations('Materials');
  if (materials.length === 0) {
    return (
      <div className="mt-8 rounded-lg border border-dashed border-slate-300 p-5" data-empty-state>
        <p>{t('empty')}</p>
        <a href={contactPath ?? pagePath(locale)} className="mt-2 inline-block text-eu underline">
          {t('emptyContactLink')}
        </a>
      </div>
    );
  }
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  return (
    <ul className="mt-8 space-y-4">
      {materials.map((material) => {
        const size = t('size', { kilobytes: Math.max(1, material.bytes / 1024) });
        return (
          <li key={material.key} className="rounded-lg border border-slate-200 p-4">
            <a href={material.href} download className="text-lg font-semibold text-eu underline">
              <span lang={material.titleLanguage === locale ? undefined : material.titleLanguage}>{material.title}</span>{' '}
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
                  <time dateTime={material.date}>
                    {formatDate(locale, material.date)}
                  </time>
                </dd>
              </div>
              <div>
                <dt className="inline">{t('file')}: </dt>
                <dd className="inline">
                  {material.fileType}, {size}
                </dd>
              </div>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
