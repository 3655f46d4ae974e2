import { notFound } from 'next/navigation';
import type { Locale } from '@/i18n/routing';
import { findPage, listSlugParams, loadSite } from '@/lib/content';
import { renderShareImage, shareImageSize } from '@/lib/share-image/render';

export const dynamicParams = false;

// Image routes are not handed the parent's locale: they list every language themselves.
export function generateStaticParams() {
  return listSlugParams(loadSite());
}
export const size = shareImageSize;
export const contentType = 'image/png';
export const alt = 'EPI – European Pact for Integration';

export default async function PageShareImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const page = findPage(loadSite(), locale as Locale, slug) ?? notFound();
  return renderShareImage(page);
}
