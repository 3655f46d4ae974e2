import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { findPage, listSlugParams, loadSite } from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { ContentPage } from '@/components/ContentPage';

// Only the pages of the content index exist; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams({ params }: { params: { locale: string } }) {
  return listSlugParams(loadSite(), params.locale as Locale);
}

function slugPage(params: { locale: string; slug: string }) {
  return findPage(loadSite(), params.locale as Locale, params.slug) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<'/[locale]/[slug]'>) {
  return pageMetadata(loadSite(), slugPage(await params));
}

export default async function SlugPage({ params }: PageProps<'/[locale]/[slug]'>) {
  return <ContentPage page={slugPage(await params)} />;
}
