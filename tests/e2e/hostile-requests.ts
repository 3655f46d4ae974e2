import { traversal, controlCharacters, lineBreaks, repositoryFiles, methods, openRedirects } from './hostile-targets';

/** One request of the corpus, as raw bytes, so that nothing on the way normalises it. */
export interface HostileRequest {
  group: string;
  name: string;
  method: string;
  raw: string | Buffer;
}

const request = (group: string, method: string, target: string, headers: string[] = [], body = ''): HostileRequest => ({
  group,
  method,
  name: `${method} ${target.length > 80 ? `${target.slice(0, 60)}… (${target.length} characters)` : target}${headers.length ? ` + ${headers.map((line) => line.slice(0, 40)).join(', ')}` : ''}`,
  raw: `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map((line) => `${line}\r\n`).join('')}Connection: close\r\n${body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''}\r\n${body}`,
});
const get = (group: string, target: string, headers?: string[]) => request(group, 'GET', target, headers);

/** The corpus; `staticFile` is a file under /_next/static/ of the build being tested (its names change with each build). */
export function hostileRequests(staticFile: string): HostileRequest[] {
  const long = 'a'.repeat(10_000);
  return [
    ...traversal.map((target) => get('path traversal', target)),
    ...controlCharacters.map((target) => get('NUL and control characters', target)),
    {
      group: 'NUL and control characters',
      name: 'raw NUL byte in the path',
      method: 'GET',
      raw: Buffer.from('GET /de\x00/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', 'latin1'),
    },
    {
      group: 'NUL and control characters',
      name: 'raw control byte in the path',
      method: 'GET',
      raw: Buffer.from('GET /de\x01\x7f HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', 'latin1'),
    },
    ...lineBreaks.map((target) => get('CR/LF in paths', target)),
    {
      group: 'CR/LF in paths',
      name: 'raw CR/LF in the request line',
      method: 'GET',
      raw: 'GET /de\r\nX-Injected: yes HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    },
    {
      group: 'CR/LF in paths',
      name: 'bare CR in a header value',
      method: 'GET',
      raw: 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: en\rX-Injected: yes\r\nConnection: close\r\n\r\n',
    },
    get('CR/LF in paths', '/', ['Accept-Language: en%0d%0aX-Injected:%20yes']),
    get('overlong segments and query strings', `/de/${long}`),
    get('overlong segments and query strings', `/de/${'a'.repeat(100_000)}`),
    get('overlong segments and query strings', `/de/${'a/'.repeat(4_000)}`),
    get('overlong segments and query strings', `/de?q=${long}`),
    get('overlong segments and query strings', `/de?${'a=1&'.repeat(30_000)}`),
    get('huge headers', '/de', [`X-Large: ${'b'.repeat(64_000)}`]),
    get('huge headers', '/de', [`Cookie: ${'c=1; '.repeat(8_000)}`]),
    get(
      'huge headers',
      '/de',
      Array.from({ length: 1_000 }, (_, index) => `X-Header-${index}: ${'d'.repeat(60)}`),
    ),
    get('huge headers', '/de', [
      'Range: bytes=' + Array.from({ length: 2_000 }, (_, index) => `${index}-${index}`).join(','),
    ]),
    ...repositoryFiles.map((target) => get('dotfiles and repository files', target)),
    ...openRedirects.map((target) => get('open redirects', target)),
    ...['/', '/de', '/de/nope', '/xx', '/robots.txt', staticFile].flatMap((target) =>
      methods
        .filter((method) => method !== 'CONNECT')
        .map((method) =>
          request(
            'methods',
            method,
            target,
            method === 'POST' ? ['Content-Type: text/plain'] : [],
            method === 'POST' ? 'x=1' : '',
          ),
        ),
    ),
    request('methods', 'CONNECT', '127.0.0.1:22'),
    request(
      'methods',
      'POST',
      '/de',
      ['Next-Action: 0123456789abcdef0123456789abcdef01234567', 'Content-Type: text/plain'],
      '[]',
    ),
    request(
      'methods',
      'POST',
      '/de',
      ['Content-Type: multipart/form-data; boundary=x'],
      '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n',
    ),
    get('other hosts and bypasses', '/', ['X-Forwarded-Host: evil.example']),
    get('other hosts and bypasses', '/de/ziele/', ['X-Forwarded-Host: evil.example']),
    get('other hosts and bypasses', 'http://evil.example/de/'),
    get('other hosts and bypasses', '/de/nope', ['x-middleware-subrequest: proxy:proxy:proxy:proxy:proxy']),
    get('other hosts and bypasses', '/de/nope', [
      'x-middleware-subrequest: middleware:middleware:middleware:middleware:middleware',
    ]),
    {
      group: 'other hosts and bypasses',
      name: 'Host: evil.example on /',
      method: 'GET',
      raw: 'GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    },
    {
      group: 'other hosts and bypasses',
      name: 'Host: evil.example on /de/',
      method: 'GET',
      raw: 'GET /de/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n',
    },
    {
      group: 'other hosts and bypasses',
      name: 'HTTP/1.0 without Host',
      method: 'GET',
      raw: 'GET /de HTTP/1.0\r\n\r\n',
    },
  ];
}
