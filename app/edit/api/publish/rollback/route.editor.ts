import { rollBackRelease } from '@/lib/editor/publish';
import { openPublishRequest, toPublishPage } from '@/lib/editor/publish/request';

/** Puts the release before the live one live again (publishers only): one rename, no build. */
export async function POST(request: Request) {
  const opened = await openPublishRequest(request);
  if (opened instanceof Response) return opened;
  const result = await rollBackRelease(opened.account.name);
  const outcome = result === 'busy' ? 'busy' : result ? 'rolled-back' : 'no-previous';
  return toPublishPage(opened.lang, outcome);
}
