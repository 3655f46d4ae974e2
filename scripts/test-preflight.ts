/**
 * `npm test` starts here. The end-to-end tests need a browser and nginx, the HTML checker needs Java, publishing rsync: fetch Playwright's own
 * Chromium where it can be downloaded, otherwise stop at once with one line that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { chromiumExecutable } from './tooling/chromium';
import { nginxBinary } from './tooling/nginx';

const missing: string[] = [];
if (chromiumExecutable() === null) {
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  if (chromiumExecutable() === null)
    missing.push('a browser (apt-get install chromium, or npx playwright install chromium)');
}
if (spawnSync('java', ['-version'], { stdio: 'ignore' }).error)
  missing.push('Java for the HTML checker (apt-get install default-jre-headless)');
if (spawnSync(nginxBinary, ['-v'], { stdio: 'ignore' }).error) {
  missing.push('nginx to serve the static export (apt-get install nginx-light)');
}
if (spawnSync('rsync', ['--version'], { stdio: 'ignore' }).error)
  missing.push('rsync for the publish to a second web server (apt-get install rsync)');

if (missing.length > 0) {
  console.error(`npm test cannot run: install ${missing.join(' and ')}.`);
  process.exit(1);
}
