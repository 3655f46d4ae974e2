import { expect } from '@playwright/test';
import type { HostileRequest } from './hostile-requests';
import { sendRaw, type RawResponse } from './raw-http';

// Text that only files of the repository, the build or the system contain.
const foreignFileMarkers = [
  '"name": "epi-site"',
  '"lockfileVersion"',
  '---\ntitle:',
  'server {',
  '[core]',
  'ref: refs/',
  'root:x:0:',
  '"notFoundHtml"',
  'NextConfig',
  'EPI_STATIC_EXPORT',
];
// What a stack trace or an error report looks like.
const errorMarkers = [
  /\n\s+at \S+ \(?\S+:\d+:\d+\)?/,
  /node:internal/,
  /\b(Type|Reference|Syntax)Error\b/,
  /node_modules\//,
];

/** The host an absolute-form target (`GET http://host/…`) names: a redirect there goes where the client itself asked. */
function hostOfTarget(raw: string | Buffer): string | undefined {
  const target = /^\S+ (\w+:\/\/[^/\s]+)/.exec(raw.toString('latin1'))?.[1];
  return target && new URL(target).host;
}

/**
 * Whether a Location leads to a path of this site made of path characters: a path (RFC 3986 `path-absolute`, so no
 * `//`), no backslash, space or control character, and a browser resolving it stays on the site.
 */
export function isPathOfThisSite(location: string): boolean {
  const site = 'http://site.invalid';
  return (
    /^(?:\/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)+\/?(?:\?[^\s\\#]*)?$|^\/$/.test(location) &&
    new URL(location, site).origin === site
  );
}

/** What is wrong with an answer to a hostile request: a 5xx, a stack trace, a foreign file, an injected header, a redirect away. */
export function problemsWith(entry: HostileRequest, response: RawResponse | null): string[] {
  if (!response) return [];
  const problems: string[] = [];
  if ((response.status === 0 && !response.http09) || response.status >= 500)
    problems.push(`status ${response.status || 'unreadable'}`);
  for (const marker of foreignFileMarkers)
    if (response.body.includes(marker)) problems.push(`body contains ${JSON.stringify(marker)}`);
  for (const marker of errorMarkers)
    if (marker.test(response.body)) problems.push(`body looks like an error report (${marker})`);
  for (const name of ['x-injected', 'set-cookie']) if (response.headers[name]) problems.push(`sends ${name}`);
  for (const location of response.headers.location ?? []) {
    const onThisSite =
      isPathOfThisSite(location) || (URL.canParse(location) && new URL(location).host === hostOfTarget(entry.raw));
    if (!onThisSite) problems.push(`redirects to ${location}`);
  }
  return problems;
}

/** Sends every request (a few at a time) and lists each answer's problems. */
export async function probe(
  origin: string,
  requests: HostileRequest[],
  acceptKnownBug?: (entry: HostileRequest, response: RawResponse | null) => boolean,
) {
  const found: string[] = [];
  for (let start = 0; start < requests.length; start += 8) {
    await Promise.all(
      requests.slice(start, start + 8).map(async (entry) => {
        const response = await sendRaw(origin, entry.raw);
        if (acceptKnownBug?.(entry, response)) return;
        for (const problem of problemsWith(entry, response)) found.push(`${entry.group}: ${entry.name}: ${problem}`);
      }),
    );
  }
  return found;
}

/**
 * Next 16.4 answers TRACE with a 500 before any code of the site runs: its proxy adapter cannot build a
 * Request with that method. In production nginx refuses TRACE before it reaches Node (deploy/nginx-proxy.conf,
 * where reverse-proxy.spec.ts sends this corpus). Accepted here only as exactly that bare 500; the test fails
 * when Next answers TRACE otherwise, so that this exception goes once Next is fixed.
 */
export function nextAnswersTraceWith500(entry: HostileRequest, response: RawResponse | null): boolean {
  if (entry.method !== 'TRACE') return false;
  expect(response?.status, `${entry.name}: Next no longer answers TRACE with a 500: remove this exception`).toBe(500);
  expect(response?.body.trim(), entry.name).toBe('Internal Server Error');
  return true;
}

/** The stylesheet a page links, a file under /_next/static/ whose name changes with each build. */
export function stylesheetOf(html: string): string {
  const file = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
  if (!file) throw new Error('the page links no stylesheet under /_next/static/');
  return file;
}
