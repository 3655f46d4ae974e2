import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { listenLocally, replaceLine } from '../../scripts/tooling/nginx-config';
import { startNginx } from '../../scripts/tooling/nginx';
import { sendRaw } from '../e2e/raw-http';

/**
 * deploy/nginx-editor.conf in front of a stand-in for the editor that answers with the headers it received, adapted
 * only in its `listen` line and the upstream's `server` line.
 */
test('nginx-editor.conf passes the client address as nginx saw it, lets nothing but build files be cached, takes an upload', async () => {
  const editor = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      // As the editor answers: its hashed build files may be cached, nothing else.
      const caching = request.url?.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-store';
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': caching });
      response.end(JSON.stringify(request.headers));
    });
  });
  await new Promise<void>((resolve) => editor.listen(0, '127.0.0.1', resolve));
  const { port: editorPort } = editor.address() as AddressInfo;
  const nginx = await startNginx('deploy/nginx-editor.conf', (config, port) =>
    replaceLine(listenLocally(config, port), 'server', `127.0.0.1:${editorPort}`),
  );
  const send = (head: string, body = '') =>
    sendRaw(nginx.origin, `${head}\r\nHost: redaktion.example.org\r\nConnection: close\r\n\r\n${body}`);
  try {
    const answer = await send('GET /edit/de HTTP/1.1\r\nX-Forwarded-For: 203.0.113.9, 198.51.100.1');
    expect(answer?.status).toBe(200);
    const received = JSON.parse(answer!.body) as Record<string, string>;
    // The client's own claim is replaced, so it cannot escape the sign-in throttle by address.
    expect(received['x-forwarded-for']).toBe('127.0.0.1');
    expect(received.host).toBe('redaktion.example.org');
    expect(answer?.headers['cache-control']).toEqual(['no-store']);
    expect(answer?.headers['strict-transport-security']).toEqual(['max-age=31536000']);
    const buildFile = await send('GET /_next/static/chunks/app.js HTTP/1.1');
    expect(buildFile?.headers['cache-control']).toEqual(['public, max-age=31536000, immutable']);

    const document = 'x'.repeat(2 * 1024 * 1024);
    const upload = await send(`POST /edit/api/upload HTTP/1.1\r\nContent-Length: ${document.length}`, document);
    expect(upload?.status).toBe(200);
    const tooLarge = await send(`POST /edit/api/upload HTTP/1.1\r\nContent-Length: ${22 * 1024 * 1024}`);
    expect(tooLarge?.status).toBe(413);
    expect(tooLarge?.headers['cache-control']).toEqual(['no-store']);
  } finally {
    nginx.stop();
    editor.close();
  }
});
