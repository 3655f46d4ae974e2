import path from 'node:path';
import { releaseFolder, type ReleaseFolder } from './release-folder';
import { localShell, sshShell } from './shell';

/**
 * Where a deploy goes, written as for scp: `host:/srv/epi-site` (or `user@host:…`) is a folder on a web server reached
 * with ssh, anything else a folder on this machine. `ssh` is the program that reaches the server.
 */
export function openDestination(destination: string, ssh = 'ssh'): ReleaseFolder {
  const remote = /^([^/:]+):(.+)$/.exec(destination);
  if (!remote) return releaseFolder(localShell(), path.resolve(destination));
  const [, host, folder] = remote;
  // ssh would read a host that starts with "-" as an option.
  if (host.startsWith('-')) throw new Error(`"${host}" is no host name`);
  return releaseFolder(sshShell(host, ssh), folder);
}
