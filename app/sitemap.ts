import type { MetadataRoute } from 'next';
import { findAlternates, loadSite } from '@/lib/content';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-static';

/** Every published page in every language it exists in, with its real translations as alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  const site = loadSite();
  const absolute = (path: string) => new URL(path, siteUrl()).href;
  return site.pages.map((page) => ({
    url: absolute(page.path),
    lastModified: page.lastModified,
    alternates: {
      languages: Object.fromEntries(
        Object.entries(findAlternates(site, page.key)).map(([language, path]) => [language, absolute(path)]),
      ),
    },
  }));
}
