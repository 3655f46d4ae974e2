import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { isStaticExport, serverBuildDir } from './lib/build-output';

const withNextIntl = createNextIntlPlugin();

// The static export's headers are set by the web server (deploy/nginx.conf), which sends these too.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = isStaticExport()
  ? {
      output: 'export',
      // Each build type-checks with its own generated route types, never with the other build's.
      typescript: { tsconfigPath: 'tsconfig.export.json' },
    }
  : {
      distDir: serverBuildDir,
      async headers() {
        return [{ source: '/:path*', headers: securityHeaders }];
      },
    };

export default withNextIntl({
  ...nextConfig,
  poweredByHeader: false,
  experimental: {
    // Paths outside any locale (e.g. /xx/…) get a 404 page with its own <html>.
    globalNotFound: true,
  },
});
