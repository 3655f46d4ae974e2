import { spawn } from 'node:child_process';
import path from 'node:path';
import { deployRelease, siteFiles } from '@/lib/publish/deploy-release';
import { releaseFolder, type ReleaseFolder } from '@/lib/publish/release-folder';
import { stagingName } from '@/lib/publish/releases';
import { sshShell } from '@/lib/publish/shell';
import { routing } from '@/i18n/routing';

type Server = { host: string; folder: string; ssh: string };

/** The web server's folder, changed by the same steps as a local one and as `npm run deploy` changes it. */
export const serverFolder = (server: Server): ReleaseFolder =>
  releaseFolder(sshShell(server.host, server.ssh), server.folder);

/**
 * PUBLISH_RSYNC: copies a local release to the web server with rsync (files the server's previous release already has
 * are hard-linked there, not sent), then checks it and switches the server's `current` as a deploy does.
 */
export async function rsyncRelease(server: Server, local: ReleaseFolder, release: string): Promise<void> {
  const remote = serverFolder(server);
  const stage: ReleaseFolder['stage'] = (from, name, carryFrom) =>
    run('rsync', [
      // Each build writes every file anew: content, not times, says which files the previous release already has.
      '-rlp',
      '--checksum',
      '--chmod=D755,F644',
      '-e',
      server.ssh,
      ...(carryFrom ? [`--link-dest=../${carryFrom}`] : []),
      `${from}/`,
      `${server.host}:${server.folder}/releases/${stagingName(name)}/`,
    ]);
  await deployRelease(
    { ...remote, stage },
    {
      exportDir: path.join(local.where, 'releases', release),
      release,
      requiredFiles: siteFiles(routing.locales),
    },
  );
}

function run(program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} exited with ${code}: ${errors.trim()}`)),
    );
  });
}
