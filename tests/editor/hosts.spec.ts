import { expect, test, translatedTextPages } from './fixture';

const [key] = translatedTextPages();

test('the editor answers only requests addressed to this computer, not a name made to point to it', async ({
  request,
  baseURL,
}) => {
  const { port } = new URL(baseURL!);
  // A page of another site whose name now points to 127.0.0.1 (DNS rebinding) sends that name as its Host.
  for (const path of ['/edit/de', `/edit/de/preview/pages/${key}`, '/de', '/edit/api/check']) {
    expect(
      (await request.get(path, { headers: { Host: `attacker.example:${port}` }, maxRedirects: 0 })).status(),
      path,
    ).toBe(421);
  }
  for (const host of ['127.0.0.1', 'localhost']) {
    expect((await request.get('/edit/de', { headers: { Host: `${host}:${port}` } })).status(), host).toBe(200);
  }
});

test('the editor refuses a write that another site sends, even to its own address', async ({ request, baseURL }) => {
  const { port } = new URL(baseURL!);
  for (const action of ['check', 'save', 'delete', 'upload', 'restore']) {
    const answer = await request.post(`/edit/api/${action}`, {
      headers: { Origin: `http://attacker.example:${port}` },
      data: {},
    });
    expect(answer.status(), action).toBe(403);
  }
});
