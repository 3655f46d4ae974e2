import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { listenLocally, replaceLine, withTestCertificate } from './nginx-config';

export const nginxBinary = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** A port that is free now (nginx cannot listen on port 0 and tell which one it got). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve()));
      socket.once('error', () =>
        Date.now() > deadline ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 50),
      );
    };
    attempt();
  });
}

/**
 * nginx with a file from deploy/ included as an operator includes it: inside `http {}` after
 * Debian's mime.types, with only the given lines adapted (`adapt` gets the file and a free port).
 * Certificate lines, where the file has them, name a self-signed certificate; with `tls`, `adapt` must make the
 * `listen` line `… ssl` (listenLocally does).
 */
export async function startNginx(
  configFile: string,
  adapt: (config: string, port: number) => string,
  options: { tls?: boolean } = {},
) {
  const port = await freePort();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-nginx-'));
  fs.writeFileSync(
    path.join(folder, 'site.conf'),
    withTestCertificate(adapt(fs.readFileSync(configFile, 'utf8'), port), folder),
  );
  fs.writeFileSync(
    path.join(folder, 'nginx.conf'),
    `events {}\nhttp {\n    include /etc/nginx/mime.types;\n    access_log off;\n    include ${folder}/site.conf;\n}\n`,
  );
  const args = ['-p', folder, '-c', `${folder}/nginx.conf`, '-e', `${folder}/error.log`];
  const nginx = spawn(nginxBinary, [...args, '-g', `daemon off; pid ${folder}/nginx.pid;`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let stopping = false;
  const exited = new Promise<never>((_, reject) =>
    nginx.once(
      'exit',
      (code) =>
        stopping || reject(new Error(`nginx exited with ${code}: ${fs.readFileSync(`${folder}/error.log`, 'utf8')}`)),
    ),
  );
  await Promise.race([waitForPort(port), exited]);
  return {
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    stop: () => {
      stopping = true;
      nginx.kill('SIGQUIT');
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * nginx serving a static export with deploy/nginx.conf, adapted in its `listen` and `root` lines only, as docs/deploy.md
 * tells an operator (over TLS with a self-signed certificate when `tls`).
 */
export function serveExport(outDir: string, options: { tls?: boolean } = {}) {
  return startNginx(
    'deploy/nginx.conf',
    (config, port) => replaceLine(listenLocally(config, port, options.tls), 'root', path.resolve(outDir)),
    options,
  );
}
