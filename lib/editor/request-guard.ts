import { isForThisComputer } from '../this-computer';

/**
 * Every write must come from the editor's own pages on this computer. A page on another site (another tab,
 * or a name that resolves to 127.0.0.1) sends its own Origin or Host and is refused, even on localhost.
 */
export function isOwnRequest(request: Request): boolean {
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  if (!isForThisComputer(request) || !origin) return false;
  return (
    origin === new URL(`http://${request.headers.get('host')}`).origin &&
    (fetchSite === null || fetchSite === 'same-origin')
  );
}

export function refusal(status: number, body: object): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
