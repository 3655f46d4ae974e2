import { isForThisComputer } from './this-computer';

/**
 * `EDITOR_ORIGIN`: the address staff use for the editing server (e.g. https://redaktion.example.org), or null when
 * the editor runs for one person on this computer. Outside lib/editor, like this-computer.ts, so that proxy.ts can
 * ask it without taking editor code into the site's build.
 */
export function editorOrigin(): URL | null {
  const setting = process.env.EDITOR_ORIGIN;
  if (!setting) return null;
  const url = URL.canParse(setting) ? new URL(setting) : null;
  if (
    !url ||
    !['http:', 'https:'].includes(url.protocol) ||
    url.username ||
    url.password ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  )
    throw new Error(`EDITOR_ORIGIN must be an origin such as https://redaktion.example.org, not "${setting}"`);
  return url;
}

/** Whether the request is addressed to the editor: to EDITOR_ORIGIN's host when it is set, else to this computer. */
export function isForEditorHost(request: Request): boolean {
  const origin = editorOrigin();
  if (!origin) return isForThisComputer(request);
  const host = request.headers.get('host');
  const url = `${origin.protocol}//${host}`;
  return host !== null && URL.canParse(url) && new URL(url).host === origin.host;
}
