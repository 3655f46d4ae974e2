import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { expect, test } from '@playwright/test';
import { listenLocally, replaceLine } from '../../scripts/tooling/nginx-config';
import { startNginx } from '../../scripts/tooling/nginx';
import { checkNginxConfig } from './nginx-check';
import { sendRaw } from '../e2e/raw-http';

/**
 * The order of docs/deploy.md's TLS section on Debian 12: port 80 alone first (certbot's challenge), then the site's
 * file over TLS beside it. Each stage passes `nginx -t` inside Debian's own nginx.conf, with a self-signed certificate
 * where Let's Encrypt's would be.
 */
const stages = {
  'port 80, before the certificate': ['deploy/nginx-http.conf'],
  'static export over TLS': ['deploy/nginx-http.conf', 'deploy/nginx.conf'],
  'server mode over TLS': ['deploy/nginx-http.conf', 'deploy/nginx-proxy.conf'],
  'editing server beside the static export': [
    'deploy/nginx-http.conf',
    'deploy/nginx.conf',
    'deploy/nginx-editor.conf',
  ],
};

for (const [stage, files] of Object.entries(stages)) {
  test(`nginx -t accepts the stage "${stage}"`, () => {
    const { ok, report } = checkNginxConfig(files);
    expect(ok, report).toBe(true);
    expect(report, 'no warning either (e.g. a server name given twice)').not.toMatch(/\[warn\]/);
  });
}

test('port 80 answers the ACME challenge from the webroot and sends everything else to https on the site’s name', async () => {
  const webroot = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-acme-'));
  fs.chmodSync(webroot, 0o755);
  fs.mkdirSync(path.join(webroot, '.well-known/acme-challenge'), { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(webroot, '.well-known/acme-challenge/token-1'), 'token-1.key', { mode: 0o644 });
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;
  try {
    nginx = await startNginx('deploy/nginx-http.conf', (config, port) =>
      replaceLine(listenLocally(config, port), 'root', webroot),
    );
    const origin = nginx.origin;
    const get = (target: string, host = 'epi.example.org') =>
      sendRaw(origin, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    const challenge = await get('/.well-known/acme-challenge/token-1');
    expect(challenge?.status).toBe(200);
    expect(challenge?.body).toBe('token-1.key');
    expect(challenge?.headers['content-type']).toEqual(['text/plain']);
    for (const [target, host] of [
      ['/de/ziele?x=1', 'epi.example.org'],
      ['/', 'evil.example'],
      ['//evil.example/', 'epi.example.org'],
      ['/%5Cevil.example/', 'epi.example.org'],
      ['/.well-known/acme-challenge/../../de', 'epi.example.org'],
    ]) {
      const response = await get(target, host);
      expect(response?.status, target).toBe(301);
      expect(new URL(response!.headers.location[0]).origin, target).toBe('https://epi.example.org');
    }
    expect((await get('/.well-known/acme-challenge/nope'))?.status).toBe(404);
  } finally {
    nginx?.stop();
    fs.rmSync(webroot, { recursive: true, force: true });
  }
});

for (const file of ['deploy/nginx.conf', 'deploy/nginx-proxy.conf', 'deploy/nginx-editor.conf']) {
  test(`${file} speaks HTTP/2 and TLS 1.2 and 1.3 on its own listen line`, async () => {
    const nginx = await startNginx(file, (config, port) => listenLocally(config, port, true), { tls: true });
    const port = Number(new URL(nginx.origin).port);
    const handshake = (version: tls.SecureVersion) =>
      new Promise<string | false | null>((resolve, reject) => {
        const options = { minVersion: version, maxVersion: version, ALPNProtocols: ['h2', 'http/1.1'] };
        const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false, ...options }, () => {
          resolve(socket.alpnProtocol);
          socket.end();
        });
        socket.once('error', reject);
      });
    try {
      expect(await handshake('TLSv1.3')).toBe('h2');
      expect(await handshake('TLSv1.2')).toBe('h2');
    } finally {
      nginx.stop();
    }
  });
}
