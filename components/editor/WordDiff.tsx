import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { BodyPart } from '@/lib/editor/history';

/**
 * The body as a word diff: removed words in <del>, added ones in <ins>, each also struck through or underlined and
 * announced in words, so that neither colour nor a screen reader's silence about <del> decides what is read.
 */
export async function WordDiff({ lang, parts }: { lang: Locale; parts: BodyPart[] }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.history' });
  if (!parts.some((part) => part.added || part.removed)) return <p>{t('bodySame')}</p>;
  return (
    <>
      <p className="mb-2 text-sm text-muted">{t('legend')}</p>
      <pre className="overflow-x-auto rounded border border-line bg-surface p-3 font-sans whitespace-pre-wrap">
        {parts.map((part, index) =>
          part.removed ? (
            <del key={index} className="bg-danger-soft text-danger line-through decoration-2">
              <Marker text={t('removed')} />
              {part.value}
              <Marker text={t('end')} />
            </del>
          ) : part.added ? (
            <ins key={index} className="bg-accent-soft text-ink underline decoration-2 underline-offset-2">
              <Marker text={t('added')} />
              {part.value}
              <Marker text={t('end')} />
            </ins>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </pre>
    </>
  );
}

/** Words for screen readers only, at the edges of a change. */
const Marker = ({ text }: { text: string }) => <span className="sr-only">{`[${text}] `}</span>;
