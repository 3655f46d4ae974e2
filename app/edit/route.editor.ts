import { redirect } from 'next/navigation';
import { routing } from '@/i18n/routing';

/** /edit opens the editor in German; its language switch leads to English. */
export function GET(): never {
  redirect(`/edit/${routing.defaultLocale}`);
}
