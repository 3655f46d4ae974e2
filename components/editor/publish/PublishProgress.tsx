'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { PublishStatus } from '@/lib/editor/publish/records';

/** While a publish runs: its step, the pages built and the time elapsed, updated every second; the page reloads at its end. */
export function PublishProgress({ initial }: { initial: PublishStatus }) {
  const t = useTranslations('Publish');
  const [status, setStatus] = useState(initial);
  const [now, setNow] = useState(initial.startedAt);
  useEffect(() => {
    const timer = setInterval(async () => {
      const answer = await fetch('/edit/api/publish', { cache: 'no-store' }).catch(() => undefined);
      const body = answer?.ok ? ((await answer.json()) as { status: PublishStatus | null; now: number }) : undefined;
      if (!body?.status) return;
      if (body.status.result !== 'running' || body.status.startedAt !== initial.startedAt) window.location.reload();
      setStatus(body.status);
      setNow(body.now);
    }, 1000);
    return () => clearInterval(timer);
  }, [initial.startedAt]);
  return (
    <div role="status" data-publish-progress>
      <p className="font-semibold">{t('running', { account: status.account })}</p>
      <p>{t('step', { step: t(`steps.${status.step}`) })}</p>
      {status.pages && <p>{t('pages', status.pages)}</p>}
      <p>{t('elapsed', { seconds: Math.max(0, Math.round((now - status.startedAt) / 1000)) })}</p>
    </div>
  );
}
