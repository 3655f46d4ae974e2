/**
 * The site's security headers, one truth for both modes: the Node server sends them (next.config.ts for
 * every response, proxy.ts the Content-Security-Policy); deploy/nginx.conf writes the same
 * values for the static export, and tests/e2e/security-headers.spec.ts compares what both send with this file.
 * docs/security.md says why each is what it is.
 */

// Browser features the site never uses, denied to the page and to anything it could ever embed. Only names
// Chromium knows: it logs an error for any other (the browser tests fail on it).
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'clipboard-write',
  'compute-pressure',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'storage-access',
  'usb',
  'window-management',
  'xr-spatial-tracking',
];

/** Sent on every response of both modes. HSTS is not here: whatever terminates TLS sends it (docs/security.md). */
export const securityHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The Content-Security-Policy of every response of both modes but the export's language chooser (deploy/nginx.conf):
 * no script at all, since neither mode sends one (docs/security.md). Fetches may go to this origin only: the site's
 * links are plain links and nothing fetches, but tools that check a page from inside it (Lighthouse reads robots.txt
 * with a fetch) would otherwise report a failure that visitors never meet.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
