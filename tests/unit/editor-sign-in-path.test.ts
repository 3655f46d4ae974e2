import { describe, expect, it } from 'vitest';
import { requireAccountToWrite, safeNextPath, signIn, signInPath } from '@/lib/editor/auth';
import { addAccount } from '@/lib/editor/auth/accounts';
import { requestWithCookie, withTemporaryEditorData } from './editor-data-fixture';

withTemporaryEditorData();

describe('the page to go on to after signing in', () => {
  it('is an editor page of this server, with its query', () => {
    expect(safeNextPath('/edit')).toBe('/edit');
    expect(safeNextPath('/edit/de')).toBe('/edit/de');
    expect(safeNextPath('/edit/en/pages/goals')).toBe('/edit/en/pages/goals');
    expect(safeNextPath('/edit/de/new/page?key=bericht')).toBe('/edit/de/new/page?key=bericht');
  });

  it('is never another site, an API route, a page of the public site or anything but text', () => {
    for (const value of [
      'https://evil.example/edit/de',
      '//evil.example/edit/de',
      '/\\evil.example/edit/de',
      '\\\\evil.example/edit',
      'http:/edit/de',
      '/edit/../de',
      '/edit/%2e%2e/x',
      '/editor',
      '/de/ziele',
      '/edit/api/save',
      '/edit/de\n',
      'edit/de',
      '',
      null,
      undefined,
      ['/edit/de'],
    ])
      expect(safeNextPath(value), String(value)).toBeNull();
  });

  it('comes back in the sign-in page address, encoded', () => {
    expect(signInPath('de', null)).toBe('/edit/de/sign-in');
    expect(signInPath('en', '/edit/de/new/page?key=a&b=c')).toBe(
      '/edit/en/sign-in?next=%2Fedit%2Fde%2Fnew%2Fpage%3Fkey%3Da%26b%3Dc',
    );
    expect(signInPath('de', '/edit/de', 'throttled', 3)).toBe(
      '/edit/de/sign-in?next=%2Fedit%2Fde&error=throttled&minutes=3',
    );
  });
});

describe('requireAccountToWrite', () => {
  const password = 'Apfelwein im Bembel';
  const own = { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' };

  it('refuses another origin with 403 before it looks at the session, and no session with 401', async () => {
    await addAccount('anna', 'editor', password);
    const result = await signIn('anna', password, '127.0.0.1');
    if (result.kind !== 'signed-in') throw new Error(result.kind);
    const cases: [Record<string, string>, number][] = [
      [{ ...own, origin: 'http://evil.example' }, 403],
      [{ ...own, 'sec-fetch-site': 'cross-site' }, 403],
      [{ host: own.host }, 403],
    ];
    for (const [headers, status] of cases)
      expect((requireAccountToWrite(requestWithCookie(result.cookie, headers)) as Response).status).toBe(status);
    expect((requireAccountToWrite(requestWithCookie('other=1', own)) as Response).status).toBe(401);
    expect(requireAccountToWrite(requestWithCookie(result.cookie, own))).toEqual({ name: 'anna', role: 'editor' });
    expect((requireAccountToWrite(requestWithCookie(result.cookie, own), 'publisher') as Response).status).toBe(403);
  });
});
