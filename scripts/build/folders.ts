/**
 * Where the two builds write. Next 16 keeps a static export's build files in `.next` whatever `distDir`
 * says (a custom `distDir` names the export's destination instead), so the server build gets a folder
 * of its own (`serverBuildDir`, where the running server also finds its site manifest).
 */
export { serverBuildDir } from '../../lib/site-manifest';

/** The editor's production build (`npm run edit`), apart from both of the site's. */
export const editorBuildDir = '.next-edit';

/** The static export's build files (its pages end up in `exportDir`). */
export const exportBuildDir = '.next';

/** What `npm run build:static` hands to a static web server. */
export const exportDir = 'out';

/** Set by `npm run build:static` for its `next build`. */
export const isStaticExport = () => process.env.EPI_STATIC_EXPORT === '1';

/** The route (app/[locale]/page-not-found) prerendered as each language's 404 page in both modes. */
export const notFoundRoute = {
  page: '/[locale]/page-not-found/page',
  path: (locale: string) => `/${locale}/page-not-found`,
};
