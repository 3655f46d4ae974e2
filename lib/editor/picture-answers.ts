import type { Locale } from '@/i18n/routing';
import { refusal } from './request-guard';

/** A form sent by the browser itself (JavaScript off) asks for a page; the editor's script asks for JSON. */
export const wantsPage = (request: Request) => !(request.headers.get('accept') ?? '').includes('application/json');

/**
 * The answers of the picture routes: JSON for the editor's script, or a redirect to the list of pictures with the
 * outcome in its address, for a form sent without JavaScript.
 */
export function answerForm(lang: Locale, asPage: boolean) {
  const back = (outcome: Record<string, string>) =>
    new Response(null, {
      status: 303,
      headers: { Location: `/edit/${lang}/pictures?${new URLSearchParams(outcome)}`, 'Cache-Control': 'no-store' },
    });
  return {
    refused: (status: number, error: string, message = '') =>
      asPage ? back({ refused: error, message }) : refusal(status, { error, message }),
    done: (outcome: Record<string, string>) => (asPage ? back(outcome) : Response.json(outcome)),
  };
}
