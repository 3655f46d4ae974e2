import type { Locale } from './routing';

/** The address of a page: `/de` for a home page, `/de/ziele` below it. */
export function pagePath(locale: Locale, slug = ''): string {
  return slug ? `/${locale}/${slug}` : `/${locale}`;
}

const anchorPrefixes = { partners: 'partner', contacts: 'contact', materials: 'material' } as const;
export type AnchoredCollection = keyof typeof anchorPrefixes;
export const isAnchored = (folder: string): folder is AnchoredCollection => Object.hasOwn(anchorPrefixes, folder);

/** The anchor of an entry on the page that lists its collection: `partner-ravenna` on the partners page. */
export const entryAnchor = (collection: AnchoredCollection, key: string) => `${anchorPrefixes[collection]}-${key}`;
