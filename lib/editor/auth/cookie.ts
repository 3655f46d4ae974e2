import { parseCookie, stringifySetCookie, type SetCookie } from 'cookie';
import { editorOrigin } from '@/lib/editor-origin';

/** The one cookie the project sets, and only the editor sets it. */
const baseName = 'epi-editor-session';

/**
 * Over https the cookie is `Secure` and `__Host-`: the browser then takes it only from this origin itself, over TLS,
 * for the whole site, and no neighbouring subdomain can set or replace it.
 */
function cookieShape(): Omit<SetCookie, 'value'> {
  const secure = editorOrigin()?.protocol === 'https:';
  return {
    name: secure ? `__Host-${baseName}` : baseName,
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure,
  };
}

/** Set-Cookie for a new session: no expiry date, so the browser forgets it when it closes; the server's limits rule. */
export function signInCookie(sessionId: string): string {
  return stringifySetCookie({ ...cookieShape(), value: sessionId });
}

/** Set-Cookie that removes the session cookie from the browser. */
export function signOutCookie(): string {
  return stringifySetCookie({ ...cookieShape(), value: '', maxAge: 0, expires: new Date(0) });
}

/** The session id from a request's Cookie header, or null; a value of another shape is no id. */
export function sessionIdFrom(request: Request): string | null {
  const value = parseCookie(request.headers.get('cookie') ?? '')[cookieShape().name];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}
