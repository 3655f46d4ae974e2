/** The editor's requests to its own API routes (same origin, so the browser sends the Origin the routes check). */
export async function postJson<T>(path: string, body: unknown): Promise<{ status: number; data: T }> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
  return { status: response.status, data: (await response.json().catch(() => ({}))) as T };
}
