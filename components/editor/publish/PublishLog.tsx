import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { PublishLogEntry } from '@/lib/editor/publish';
import { describeRelease } from '@/lib/publish/releases';
import { TableHead } from '../TableHead';
import { formatTime, seconds } from './format';

/** Every publish and roll-back, newest first: who, when, which commit or release, the result, how long it took. */
export async function PublishLog({ lang, log }: { lang: Locale; log: PublishLogEntry[] }) {
  const t = await getTranslations({ locale: lang, namespace: 'Publish' });
  return (
    <section aria-labelledby="publish-log">
      <h2 id="publish-log" className="mb-2 text-2xl font-semibold">
        {t('log.heading')}
      </h2>
      {log.length === 0 ? (
        <p>{t('log.empty')}</p>
      ) : (
        <table className="w-full border-collapse text-left" data-publish-log>
          <TableHead
            labels={(['when', 'who', 'result', 'commit', 'duration'] as const).map((column) => t(`log.${column}`))}
            cellClassName="py-1 pr-4"
          />
          <tbody>
            {log.map((entry) => (
              <tr key={`${entry.startedAt}-${entry.result}`} className="border-b border-line">
                <td className="py-1 pr-4">{formatTime(entry.startedAt, lang)}</td>
                <td className="py-1 pr-4">{entry.account}</td>
                <td className="py-1 pr-4">{t(`results.${entry.result}`)}</td>
                <td className="py-1 pr-4 font-mono text-sm">
                  {entry.commit?.slice(0, 12) ?? (entry.release && describeRelease(entry.release).commit)}
                </td>
                <td className="py-1">{t('log.seconds', { seconds: seconds(entry.durationMs) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
