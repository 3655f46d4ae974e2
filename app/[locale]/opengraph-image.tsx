import { notFound } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';
import { findPage, loadSite } from '@/lib/content';
import { renderShareImage, shareImageSize } from '@/lib/share-image/render';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}
export const size = shareImageSize;
export const contentType = 'image/png';
export const alt = 'EPI – European Pact for Integration';

export default async function HomeShareImage({ params }: { params: Promise<{ locale: string }> }) {
  const page = findPage(loadSite(), (await params).locale as Locale) ?? notFound();
  return renderShareImage(page);
}
