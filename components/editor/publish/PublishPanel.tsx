import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { PublishState } from '@/lib/editor/publish';
import { describeRelease } from '@/lib/publish/releases';
import { buttonStyle, formatTime } from './format';
import { PublishLog } from './PublishLog';
import { PublishOutcome } from './PublishOutcome';

const outcomes = ['rolled-back', 'no-previous', 'busy'] as const;

/** What is live, the publish and roll-back buttons (for publishers), the last publish, the log. */
export async function PublishPanel({
  lang,
  state,
  canPublish,
  outcome,
}: {
  lang: Locale;
  state: PublishState;
  canPublish: boolean;
  outcome?: string;
}) {
  const t = await getTranslations({ locale: lang, namespace: 'Publish' });
  const messages = await getMessages({ locale: lang });
  const live = state.current ? describeRelease(state.current) : undefined;
  const previous = state.previous ? describeRelease(state.previous) : undefined;
  const running = state.status?.result === 'running';
  const notice = outcomes.find((known) => known === outcome);
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-3xl">{t('intro')}</p>
      <p className="mb-4 font-semibold" data-live-release={state.current ?? ''}>
        {live ? t('live', { date: formatTime(live.time, lang), commit: live.commit }) : t('nothingLive')}
      </p>
      {notice && (
        <p role="status" className="mb-4 rounded border border-line bg-surface p-3">
          {notice === 'rolled-back' && live
            ? t('rolledBack', { date: formatTime(live.time, lang) })
            : t(notice === 'busy' ? 'busy' : 'noPrevious')}
        </p>
      )}
      {canPublish ? (
        <div className="mb-6 flex flex-wrap gap-4">
          <form method="post" action="/edit/api/publish">
            <input type="hidden" name="lang" value={lang} />
            <button type="submit" className={buttonStyle} disabled={running}>
              {t('publish')}
            </button>
          </form>
          {previous && (
            <form method="post" action="/edit/api/publish/rollback">
              <input type="hidden" name="lang" value={lang} />
              <button
                type="submit"
                disabled={running}
                className="rounded border-2 border-accent px-5 py-2 font-semibold text-accent"
              >
                {t('rollBack', { date: formatTime(previous.time, lang) })}
              </button>
            </form>
          )}
        </div>
      ) : (
        <p className="mb-6">{t('publishersOnly')}</p>
      )}
      {state.status && (
        <NextIntlClientProvider locale={lang} messages={{ Publish: messages.Publish }}>
          <PublishOutcome lang={lang} status={state.status} />
        </NextIntlClientProvider>
      )}
      <PublishLog lang={lang} log={state.log} />
    </>
  );
}
