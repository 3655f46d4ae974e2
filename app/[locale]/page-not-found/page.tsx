import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { NotFoundContent } from '@/components/NotFoundContent';

export const metadata: Metadata = { robots: { index: false } };

/**
 * The localized 404 page as a prerendered page: proxy.ts shows it, with status 404, for every
 * unknown path. Since Next 16.3 a notFound() below the [locale] root layout is sent as an empty
 * HTML shell that only JavaScript fills (vercel/next.js#62228); this page works without JavaScript.
 */
export default async function NotFoundPage({ params }: PageProps<'/[locale]/page-not-found'>) {
  return <NotFoundContent locale={(await params).locale as Locale} />;
}
