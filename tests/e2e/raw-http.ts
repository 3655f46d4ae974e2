import net from 'node:net';

export interface RawResponse {
  /** 0 when the answer has no status line: nginx answers `GET /path` without a version as HTTP/0.9, the body alone. */
  status: number;
  http09: boolean;
  /** Header names in lower case; a header sent twice has two values. */
  headers: Record<string, string[]>;
  body: string;
}

/**
 * Sends one HTTP request byte for byte over a socket and reads the answer until the server closes the
 * connection (every request here says `Connection: close`). Playwright's request API (like any HTTP client) would normalise or refuse the malformed
 * requests that matter here: raw control characters, backslashes, `..` segments, absolute targets.
 * Resolves null when the server closed the connection without answering.
 */
export function sendRaw(origin: string, request: string | Buffer, timeoutMs = 15_000): Promise<RawResponse | null> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    // Written, not ended: a client that half-closes may be taken for one that gave up (nginx then drops the request).
    const socket = net.connect(Number(port), hostname, () => socket.write(request));
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    // A server may reset the connection after answering a request it refuses; what it sent still counts.
    socket.on('error', (error) => (chunks.length ? resolve(parseResponse(Buffer.concat(chunks))) : reject(error)));
    socket.on('close', () => resolve(chunks.length ? parseResponse(Buffer.concat(chunks)) : null));
  });
}

function parseResponse(raw: Buffer): RawResponse {
  const text = raw.toString('latin1');
  if (!text.startsWith('HTTP/')) return { status: 0, http09: true, headers: {}, body: text };
  const end = text.indexOf('\r\n\r\n');
  const [statusLine, ...lines] = text.slice(0, end < 0 ? undefined : end).split('\r\n');
  const headers: Record<string, string[]> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    (headers[name] ??= []).push(line.slice(colon + 1).trim());
  }
  const body = end < 0 ? '' : text.slice(end + 4);
  const chunked = headers['transfer-encoding']?.some((value) => /chunked/i.test(value));
  return {
    status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
    http09: false,
    headers,
    body: chunked ? unchunk(body) : body,
  };
}

/** The body of a chunked answer without its chunk sizes (what remains when the answer was cut off, too). */
function unchunk(body: string): string {
  let rest = body;
  let text = '';
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (lineEnd < 0 || !(size > 0)) return text;
    text += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
