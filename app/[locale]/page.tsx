import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { findPage, loadSite } from '@/lib/content';
import { pageMetadata } from '@/lib/page-metadata';
import { ContentPage } from '@/components/ContentPage';

function homePage(locale: string) {
  return findPage(loadSite(), locale as Locale) ?? notFound();
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  return pageMetadata(loadSite(), homePage((await params).locale));
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  return <ContentPage page={homePage((await params).locale)} />;
}
