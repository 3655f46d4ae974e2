import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withTestCertificate } from '../../scripts/tooling/nginx-config';
import { nginxBinary } from '../../scripts/tooling/nginx';

/**
 * `nginx -t` on files from deploy/ as Debian loads them: the http block of /etc/nginx/nginx.conf with the files in
 * place of its sites-enabled/, each adapted only by `adapt` and a self-signed certificate. Returns nginx's report.
 */
export function checkNginxConfig(files: string[], adapt: (config: string) => string = (config) => config) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-nginx-t-'));
  try {
    fs.mkdirSync(path.join(folder, 'sites-enabled'));
    for (const file of files) {
      const config = withTestCertificate(adapt(fs.readFileSync(file, 'utf8')), folder);
      fs.writeFileSync(path.join(folder, 'sites-enabled', path.basename(file)), config);
    }
    const debian = fs.readFileSync('/etc/nginx/nginx.conf', 'utf8');
    const sites = 'include /etc/nginx/sites-enabled/*;';
    if (!debian.includes(sites)) throw new Error(`/etc/nginx/nginx.conf has no \`${sites}\``);
    fs.writeFileSync(path.join(folder, 'nginx.conf'), debian.replace(sites, `include ${folder}/sites-enabled/*;`));
    const run = spawnSync(nginxBinary, ['-t', '-c', path.join(folder, 'nginx.conf')], { encoding: 'utf8' });
    return { ok: run.status === 0, report: run.stderr };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
