/**
 * `npm run deploy -- DEST [--rollback]`: the release check, the static export, and a new release that `DEST/current`
 * switches to (docs/deploy.md). DEST is a folder on this machine or `host:/folder` on a web server, reached with ssh
 * (DEPLOY_SSH names another program, e.g. a stand-in in tests).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { routing } from '../i18n/routing';
import { exportDir } from './build/folders';
import { deployRelease, rollBack, siteFiles } from '../lib/publish/deploy-release';
import { openDestination } from '../lib/publish/destination';
import { releaseName } from '../lib/publish/releases';

const args = process.argv.slice(2);
const rollback = args.includes('--rollback');
const [destination, ...unknown] = args.filter((arg) => arg !== '--rollback');
if (!destination || unknown.length > 0) {
  console.error('usage: npm run deploy -- DEST [--rollback]   (DEST: /srv/epi-site or host:/srv/epi-site)');
  process.exit(2);
}

function npmRun(...script: string[]) {
  const run = spawnSync('npm', ['run', '--silent', ...script], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0)
    throw new Error(`npm run ${script.join(' ')} failed: nothing was deployed, current is unchanged`);
}

async function main() {
  const folder = openDestination(destination, process.env.DEPLOY_SSH);
  if (rollback) {
    console.log(`current → releases/${await rollBack(folder)}`);
    return;
  }
  // Reached and usable before minutes of building.
  await folder.state();
  npmRun('content:check', '--', '--release');
  npmRun('build:static');
  const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim();
  await deployRelease(folder, {
    exportDir,
    release: releaseName(new Date(), commit),
    requiredFiles: siteFiles(routing.locales),
    log: (line) => console.log(line),
  });
}

main().catch((error: Error) => {
  console.error(`npm run deploy: ${error.message}`);
  process.exit(1);
});
