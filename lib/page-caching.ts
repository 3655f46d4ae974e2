/**
 * How long browsers and shared caches may keep a page, in both modes (next.config.ts, deploy/nginx.conf): a deploy
 * reaches every visitor within five minutes. Behind a CDN that is purged at each deploy, a longer `s-maxage` would do.
 */
export const pageCacheControl = 'public, max-age=300';

/** Files with a content hash in their name (/_next/static/, /images/): a new version gets a new name. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
