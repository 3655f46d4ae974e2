/** The public address of the site: every absolute URL is built from it. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
}
