/**
 * `npm test` starts here: the end-to-end tests need a browser and nginx, the HTML checker Java, publishing rsync. Stops at
 * once with one line that says what to install (Playwright's own Chromium is used where it has been downloaded).
 */
import { spawnSync } from 'node:child_process';
import { chromiumExecutable } from './tooling/chromium';
import { nginxBinary } from './tooling/nginx';

const runs = (command: string, args: string[]) => !spawnSync(command, args, { stdio: 'ignore' }).error;
const missing = [
  chromiumExecutable() === null && 'a browser (apt-get install chromium, or npx playwright install chromium)',
  !runs('java', ['-version']) && 'Java for the HTML checker (apt-get install default-jre-headless)',
  !runs(nginxBinary, ['-v']) && 'nginx to serve the static export (apt-get install nginx-light)',
  !runs('rsync', ['--version']) && 'rsync for the publish to a second web server (apt-get install rsync)',
].filter(Boolean);

if (missing.length > 0) {
  console.error(`npm test cannot run: install ${missing.join(' and ')}.`);
  process.exit(1);
}
