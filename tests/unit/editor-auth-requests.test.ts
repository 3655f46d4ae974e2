import { parseSetCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { clientAddress, isFromEditorOrigin, requireAccount, signIn } from '@/lib/editor/auth';
import { addAccount } from '@/lib/editor/auth/accounts';
import { sessionIdFrom, signInCookie, signOutCookie } from '@/lib/editor/auth/cookie';
import { editorOrigin, isForEditorHost } from '@/lib/editor-origin';
import { requestWith, requestWithCookie, withTemporaryEditorData } from './editor-data-fixture';

const data = withTemporaryEditorData();
const id = 'a'.repeat(43);
const password = 'Wäldchestag im Stadtwald';

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Strict, for the whole site, without Secure for the editor on this computer', () => {
    expect(signInCookie(id)).toBe(`epi-editor-session=${id}; Path=/; HttpOnly; SameSite=Strict`);
    process.env.EDITOR_ORIGIN = 'http://127.0.0.1:3100';
    expect(parseSetCookie(signInCookie(id))).toEqual({
      name: 'epi-editor-session',
      value: id,
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
    });
  });

  it('is Secure with the __Host- prefix (no Domain) when the editor is served over https', () => {
    process.env.EDITOR_ORIGIN = 'https://redaktion.example.org';
    expect(signInCookie(id)).toBe(`__Host-epi-editor-session=${id}; Path=/; HttpOnly; Secure; SameSite=Strict`);
    expect(signOutCookie()).toBe(
      '__Host-epi-editor-session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict',
    );
  });

  it('is read back from a Cookie header only under its own name and shape', () => {
    expect(sessionIdFrom(requestWith({ cookie: `theme=dark; epi-editor-session=${id}` }))).toBe(id);
    expect(sessionIdFrom(requestWith({ cookie: 'epi-editor-session=short' }))).toBeNull();
    expect(sessionIdFrom(requestWith({}))).toBeNull();
    process.env.EDITOR_ORIGIN = 'https://redaktion.example.org';
    expect(sessionIdFrom(requestWith({ cookie: `epi-editor-session=${id}` }))).toBeNull();
    expect(sessionIdFrom(requestWith({ cookie: `__Host-epi-editor-session=${id}` }))).toBe(id);
  });
});

describe('the client address', () => {
  it("is X-Forwarded-For's rightmost entry, the one nginx or next start wrote", () => {
    expect(clientAddress(requestWith({ 'x-forwarded-for': '203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientAddress(requestWith({ 'x-forwarded-for': '10.0.0.1, 203.0.113.9 ' }))).toBe('203.0.113.9');
    expect(clientAddress(requestWith({ 'x-forwarded-for': '::ffff:127.0.0.1' }))).toBe('::ffff:127.0.0.1');
    expect(clientAddress(requestWith({}))).toBe('unknown');
    expect(clientAddress(requestWith({ 'x-forwarded-for': 'x'.repeat(500) }))).toHaveLength(64);
  });
});

describe('requireAccount', () => {
  it('answers 401 without a session and 403 for a role below the one needed, naming nothing else', async () => {
    const refused = requireAccount(requestWith({}));
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(401);
    expect((refused as Response).headers.get('cache-control')).toBe('no-store');
    expect(await (refused as Response).json()).toEqual({ error: 'not_signed_in' });

    await addAccount('anna', 'editor', password);
    const result = await signIn('anna', password, '127.0.0.1');
    if (result.kind !== 'signed-in') throw new Error(result.kind);
    const request = requestWithCookie(result.cookie);
    expect(requireAccount(request)).toEqual({ name: 'anna', role: 'editor' });
    const forbidden = requireAccount(request, 'publisher') as Response;
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ error: 'forbidden' });
    expect(JSON.parse(data.log().at(-1) ?? '')).toMatchObject({ event: 'role-refused', account: 'anna' });
  });

  it('lets a publisher do what an editor may', async () => {
    await addAccount('ben', 'publisher', password);
    const result = await signIn('ben', password, '127.0.0.1');
    if (result.kind !== 'signed-in') throw new Error(result.kind);
    expect(requireAccount(requestWithCookie(result.cookie), 'editor')).toEqual({ name: 'ben', role: 'publisher' });
    expect(requireAccount(requestWithCookie(result.cookie), 'publisher')).toEqual({ name: 'ben', role: 'publisher' });
  });
});

describe('same origin for writes', () => {
  const write = (headers: Record<string, string>) => isFromEditorOrigin(requestWith(headers));

  it('accepts only EDITOR_ORIGIN as Host and Origin when it is set', () => {
    process.env.EDITOR_ORIGIN = 'https://redaktion.example.org';
    const own = { host: 'redaktion.example.org', origin: 'https://redaktion.example.org' };
    expect(write(own)).toBe(true);
    expect(write({ ...own, host: 'REDAKTION.example.org:443' })).toBe(true);
    expect(write({ ...own, 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(write({ ...own, 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(write({ ...own, origin: 'http://redaktion.example.org' })).toBe(false);
    expect(write({ ...own, origin: 'https://evil.example' })).toBe(false);
    expect(write({ host: own.host })).toBe(false);
    expect(write({ ...own, host: '127.0.0.1:3100' })).toBe(false);
    expect(write({ ...own, host: 'redaktion.example.org@evil.example' })).toBe(false);
    expect(isForEditorHost(requestWith({ host: 'redaktion.example.org' }))).toBe(true);
    expect(isForEditorHost(requestWith({ host: 'localhost:3100' }))).toBe(false);
  });

  it('keeps the local rule without EDITOR_ORIGIN: this computer only', () => {
    expect(write({ host: '127.0.0.1:3100', origin: 'http://127.0.0.1:3100' })).toBe(true);
    expect(write({ host: 'localhost:3100', origin: 'http://localhost:3100' })).toBe(true);
    expect(write({ host: 'redaktion.example.org', origin: 'https://redaktion.example.org' })).toBe(false);
    expect(write({ host: '127.0.0.1:3100', origin: 'http://evil.example' })).toBe(false);
  });

  it('refuses an EDITOR_ORIGIN that is not an origin', () => {
    for (const setting of [
      'redaktion.example.org',
      'https://redaktion.example.org/edit',
      'ftp://x.example',
      'https://a:b@x.example',
    ]) {
      process.env.EDITOR_ORIGIN = setting;
      expect(() => editorOrigin(), setting).toThrow(/EDITOR_ORIGIN must be an origin/);
    }
    process.env.EDITOR_ORIGIN = 'https://redaktion.example.org/';
    expect(editorOrigin()?.origin).toBe('https://redaktion.example.org');
  });
});
