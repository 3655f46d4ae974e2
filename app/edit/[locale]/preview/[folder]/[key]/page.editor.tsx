import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { checkContent, contentRoot, type Overrides } from '@/lib/content';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { previewTemplates } from '@/lib/editor/collections';
import { UnknownVersionError, versionTexts } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { previewSite, previewText } from '@/lib/editor/previews';
import { ContentPage } from '@/components/ContentPage';

interface PreviewProps {
  params: Promise<{ locale: string; folder: string; key: string }>;
  searchParams: Promise<{ token?: string; version?: string }>;
}

/**
 * The real page, rendered by the site's own components and Markdown pipeline, from the unsaved text the
 * editor's check kept under `token`, or the entry's files at `version` of its history (neither: the saved files).
 * A page previews itself; any other entry previews the page that lists its collection.
 */
export default async function Preview({ params, searchParams }: PreviewProps) {
  const { locale, folder, key } = await params;
  await requirePageAccount(locale as Locale, `/edit/${locale}/${folder}/${key}`);
  const { token, version } = await searchParams;
  // The site the check has just built from this text, else the content checked again.
  const kept = version ? undefined : previewSite(token);
  const { site, issues } = kept
    ? { site: kept, issues: [] }
    : checkContent({
        projectDir: contentRoot(),
        includeDrafts: true,
        overrides: version ? await textsOf(folder, key, version) : previewText(token),
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

/** The entry's files at a version of its history; any other id is no page. */
async function textsOf(folder: string, key: string, version: string): Promise<Overrides> {
  try {
    return await versionTexts(contentRoot(), folder, key, version);
  } catch (error) {
    if (error instanceof UnknownVersionError || error instanceof UnsafePathError) notFound();
    throw error;
  }
}
