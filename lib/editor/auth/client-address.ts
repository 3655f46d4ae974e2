/**
 * The address a request came from, for throttling and the log: the rightmost `X-Forwarded-For` entry. The editor
 * listens on a loopback address only, so whoever connects is this machine: nginx, which sets the header to the
 * client's address (deploy/nginx-editor.conf), or a local user. `next start` sets it to the socket's address when
 * it is missing. Reasoning: docs/security.md, "Signing in to the editor".
 */
export function clientAddress(request: Request): string {
  const entries = (request.headers.get('x-forwarded-for') ?? '').split(',');
  const rightmost = entries[entries.length - 1].trim();
  // Bounded: it goes into a file and a log line.
  return rightmost === '' ? 'unknown' : rightmost.slice(0, 64);
}
