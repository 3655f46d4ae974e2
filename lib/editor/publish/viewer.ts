import { headers } from 'next/headers';
import { currentAccount, type Account } from '@/lib/editor/auth';

/** The account a page is shown to: its role decides which controls the page offers (the routes check it again). */
export async function viewerAccount(): Promise<Account | null> {
  return currentAccount(new Request('http://editor.invalid/', { headers: await headers() }));
}
