import { requireAccount } from '@/lib/editor/auth';
import { publishState, startPublish } from '@/lib/editor/publish';
import { openPublishRequest, toPublishPage } from '@/lib/editor/publish/request';

/**
 * Starts a publish (publishers only) and answers with the publish page at once: it follows the progress. While one
 * runs, a second request starts nothing and sees the running one there.
 */
export async function POST(request: Request) {
  const opened = await openPublishRequest(request);
  if (opened instanceof Response) return opened;
  const started = await startPublish(opened.account.name);
  // The publish goes on after this answer; its end is recorded in the status and the log.
  if (started.started) started.finished.catch((error) => console.error('publish:', error));
  return toPublishPage(opened.lang);
}

/** The state of the last publish, for the page's live progress (every signed-in account may follow it). */
export async function GET(request: Request) {
  const account = requireAccount(request);
  if (account instanceof Response) return account;
  const { status } = await publishState();
  return Response.json({ status: status ?? null, now: Date.now() }, { headers: { 'Cache-Control': 'no-store' } });
}
