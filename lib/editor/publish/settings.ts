import path from 'node:path';
import { openDestination } from '@/lib/publish/destination';
import type { ReleaseFolder } from '@/lib/publish/release-folder';

/**
 * Where the editing server publishes (docs/deploy.md): `PUBLISH_DIR` holds `releases/` and the link `current` that the
 * public nginx serves; `PUBLISH_REMOTE` (a git remote) and `PUBLISH_RSYNC` (`host:/folder`) are optional.
 */
export function publishDir(): string {
  return path.resolve(process.env.PUBLISH_DIR ?? '.publish');
}

export const publishFolder = (): ReleaseFolder => openDestination(publishDir());

export const publishRemote = (): string | undefined => process.env.PUBLISH_REMOTE || undefined;

/** The web server that gets each release by rsync, as `host:/folder`; ssh is `DEPLOY_SSH` as for `npm run deploy`. */
export function publishRsync(): { host: string; folder: string; ssh: string } | undefined {
  const value = process.env.PUBLISH_RSYNC;
  if (!value) return undefined;
  const match = /^([^/:-][^/:]*):(\/.+)$/.exec(value);
  if (!match) throw new Error(`PUBLISH_RSYNC must be host:/folder, not "${value}"`);
  return { host: match[1], folder: match[2], ssh: process.env.DEPLOY_SSH ?? 'ssh' };
}
