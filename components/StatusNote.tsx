import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Project } from '@/lib/content';
import { formatDate } from '@/lib/dates';

/** The project's state as of the day the site was built: once it has ended, the site says it documents it. */
export async function StatusNote({ project, locale }: { project: Project; locale: Locale }) {
  const t = await getTranslations('Project');
  const dates = { start: formatDate(locale, project.start), end: formatDate(locale, project.end) };
  return (
    <div className="border-b border-line bg-accent-soft" data-status={project.status}>
      <p className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm max-sm:block max-sm:py-1.5">
        <span className="rounded-full bg-accent px-2.5 py-0.5 font-semibold text-on-accent max-sm:mr-2 max-sm:inline-block">
          {t('statusValue', { status: project.status })}
        </span>
        <span>{t('statusNote', { status: project.status, ...dates })}</span>
      </p>
    </div>
  );
}
