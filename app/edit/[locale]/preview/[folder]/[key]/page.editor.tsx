import { getTranslations } from 'next-intl/server';
import { checkContent, contentRoot } from '@/lib/content';
import type { Locale } from '@/i18n/routing';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { previewTemplates } from '@/lib/editor/collections';
import { previewText } from '@/lib/editor/previews';
import { ContentPage } from '@/components/ContentPage';

interface PreviewProps {
  params: Promise<{ locale: string; folder: string; key: string }>;
  searchParams: Promise<{ token?: string }>;
}

/**
 * The real page, rendered by the site's own components and Markdown pipeline, from the unsaved text the
 * editor's check kept under `token` (none: the saved files). A page previews itself; any other entry
 * previews the page that lists its collection.
 */
export default async function Preview({ params, searchParams }: PreviewProps) {
  const { locale, folder, key } = await params;
  await requirePageAccount(locale as Locale, `/edit/${locale}/${folder}/${key}`);
  const { site, issues } = checkContent({
    projectDir: contentRoot(),
    includeDrafts: true,
    overrides: previewText((await searchParams).token),
  });
  const page =
    folder === 'pages'
      ? site?.pages.find((candidate) => candidate.key === key && candidate.locale === locale)
      : site?.pages.find((candidate) => candidate.template === previewTemplates[folder] && candidate.locale === locale);
  if (!site || !page) {
    const t = await getTranslations('Editor.entry');
    const text = t(site || issues.length === 0 ? 'previewMissing' : 'previewBroken');
    return (
      <main className="p-4">
        <title>{text}</title>
        <p>{text}</p>
      </main>
    );
  }
  return (
    <>
      <title>{page.title}</title>
      <ContentPage page={page} site={site} />
    </>
  );
}
