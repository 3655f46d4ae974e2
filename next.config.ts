import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { editorBuildDir, isStaticExport, serverBuildDir } from './scripts/build/folders';
import { immutableCacheControl, pageCacheControl } from './lib/page-caching';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin();
const securityHeaderRule = {
  source: '/:path*',
  headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })),
};

const nextConfig: NextConfig = isStaticExport()
  ? {
      output: 'export',
      typescript: {
        // Its generated route types are its own, never the server build's.
        tsconfigPath: 'tsconfig.export.json',
        // The export is built from the same code that `npm run build` and `npm run lint` type-check before anything
        // is deployed; a third check would only make every export build wait.
        ignoreBuildErrors: true,
      },
    }
  : {
      distDir: serverBuildDir,
      // `npm test` builds after `npm run lint` has type-checked this code (it sets EPI_TYPES_CHECKED): one check is enough.
      typescript: { ignoreBuildErrors: process.env.EPI_TYPES_CHECKED === '1' },
      // The Content-Security-Policy comes from proxy.ts, which sends it only when the build's manifest is there:
      // `next dev` and the editor run Next's scripts. The static export's headers are set by the web server (deploy/nginx.conf).
      async headers() {
        return [
          securityHeaderRule,
          // Next sends prerendered pages with `s-maxage=31536000`: a shared cache could serve them for a year after the
          // next deploy. Five minutes, as the export's (deploy/nginx.conf); Next keeps its year for /_next/static.
          { source: '/:path((?!_next/static/).+)', headers: [{ key: 'Cache-Control', value: pageCacheControl }] },
          // Processed pictures carry their source's hash in their name (lib/pictures): a year, as deploy/nginx.conf says.
          { source: '/images/:file', headers: [{ key: 'Cache-Control', value: immutableCacheControl }] },
        ];
      },
    };

const siteConfig: NextConfig = {
  ...nextConfig,
  poweredByHeader: false,
  experimental: {
    // Paths outside any locale (e.g. /xx/…) get a 404 page with its own <html>.
    globalNotFound: true,
    // With it on, Next measures every page segment during the build to bundle prefetches for its client-side
    // navigation, which this site never uses (its links are plain <a>).
    prefetchInlining: false,
  },
};

/**
 * `npm run edit` (EPI_EDITOR=1) builds the browser editor for staff: only the files ending in .editor.tsx / .editor.ts,
 * which no other mode takes for routes, so `next build` contains none of them, and the editor's build none of the
 * site's pages (docs/decisions/editor-production-build.md). It builds into its own folder with its own tsconfig, so
 * its routes never enter the site's generated route types.
 */
function withEditor(config: NextConfig): NextConfig {
  return {
    ...config,
    distDir: editorBuildDir,
    // `npm run lint` checks the types of the same code; the editor's build need not wait for a second check.
    typescript: { tsconfigPath: 'tsconfig.editor.json', ignoreBuildErrors: true },
    pageExtensions: ['editor.tsx', 'editor.ts'],
    // Without the site's five minutes of caching: nothing of the editor may be kept (proxy.editor.ts sends no-store).
    async headers() {
      return [securityHeaderRule];
    },
    // Next's development badge would sit on every preview.
    devIndicators: false,
    experimental: {
      ...config.experimental,
      // Room for an uploaded document (lib/editor/uploads.ts allows 20 MB) on its way through the proxy.
      proxyClientMaxBodySize: '21mb',
      // The site's global 404 page is not part of the editor.
      globalNotFound: false,
      // forbidden(): a page for publishers answers an editor with 403 (lib/editor/auth/page-account.ts).
      authInterrupts: true,
    },
  };
}

export default withNextIntl(process.env.EPI_EDITOR === '1' ? withEditor(siteConfig) : siteConfig);
