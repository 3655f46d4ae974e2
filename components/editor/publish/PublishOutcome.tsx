import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { describeIssue, type ContentIssue } from '@/lib/content';
import { entryAddress, type PublishStatus } from '@/lib/editor/publish';
import { describeRelease } from '@/lib/publish/releases';
import { formatTime, seconds } from './format';
import { PublishProgress } from './PublishProgress';

/** The last publish: its live progress while it runs, else what came of it, with the problems or the build's log. */
export async function PublishOutcome({ lang, status }: { lang: Locale; status: PublishStatus }) {
  const t = await getTranslations({ locale: lang, namespace: 'Publish' });
  const duration = seconds((status.finishedAt ?? 0) - status.startedAt);
  return (
    <section aria-labelledby="last-publish" className="mb-8 rounded-lg border border-line bg-surface p-4">
      <h2 id="last-publish" className="mb-3 text-xl font-semibold">
        {t('lastPublish')}
      </h2>
      {status.result === 'running' && (
        <>
          {/* Without a script the page follows the publish by reloading itself. */}
          <noscript>
            <meta httpEquiv="refresh" content="2" />
          </noscript>
          <PublishProgress initial={status} />
        </>
      )}
      {status.result === 'published' && status.release && (
        <p role="status">
          {t('published', {
            account: status.account,
            date: formatTime(describeRelease(status.release).time, lang),
            seconds: duration,
          })}
        </p>
      )}
      {status.result === 'interrupted' && <p role="status">{t('interrupted')}</p>}
      {status.result === 'refused' && (
        <>
          <p role="alert" className="mb-2 font-semibold text-danger">
            {t('refused', { count: status.problems?.length ?? 0 })}
          </p>
          <ul className="list-disc pl-6" data-problems>
            {status.problems?.map((problem, index) => {
              const { problem: what, fix } = describeIssue(problem as ContentIssue, lang);
              const where = t('where', { file: problem.file, line: problem.line ?? '–' });
              const address = entryAddress(problem.file, lang);
              return (
                <li key={index} className="mb-1">
                  {address ? (
                    <a href={address} className="text-accent underline">
                      {where}
                    </a>
                  ) : (
                    where
                  )}
                  : {t('problem', { problem: what, fix })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {status.result === 'failed' && (
        <>
          <p role="alert" className="mb-2 font-semibold text-danger">
            {t('failed')}
          </p>
          <h3 className="mb-1 font-semibold">{t('buildLog')}</h3>
          <pre tabIndex={0} className="max-h-96 overflow-auto rounded border border-line bg-page p-2 text-sm">
            {status.log}
          </pre>
        </>
      )}
    </section>
  );
}
