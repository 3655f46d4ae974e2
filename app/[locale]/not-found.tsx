import { getLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { NotFoundContent } from '@/components/NotFoundContent';

export default async function NotFound() {
  return <NotFoundContent locale={(await getLocale()) as Locale} />;
}
