const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether the request names this computer as its host. The editor also shows drafts that are not published: a page of
 * another site whose name was made to point to 127.0.0.1 (DNS rebinding) sends that name, and may read nothing.
 * Outside lib/editor, since proxy.ts asks it and no editor code may reach the production build.
 */
export function isForThisComputer(request: Request): boolean {
  const host = request.headers.get('host');
  return host !== null && URL.canParse(`http://${host}`) && localHosts.has(new URL(`http://${host}`).hostname);
}
