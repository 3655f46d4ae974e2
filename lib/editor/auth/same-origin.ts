import { editorOrigin, isForEditorHost } from '@/lib/editor-origin';
import { isOwnRequest } from '../request-guard';

/**
 * Whether a state-changing request comes from the editor's own pages: Host and Origin name `EDITOR_ORIGIN`, and the
 * browser does not call it cross-site. Without EDITOR_ORIGIN, as for the local editor: this computer only.
 */
export function isFromEditorOrigin(request: Request): boolean {
  const origin = editorOrigin();
  if (!origin) return isOwnRequest(request);
  const fetchSite = request.headers.get('sec-fetch-site');
  return (
    isForEditorHost(request) &&
    request.headers.get('origin') === origin.origin &&
    (fetchSite === null || fetchSite === 'same-origin')
  );
}
