import type { Locale } from '@/i18n/routing';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { publishState } from '@/lib/editor/publish';
import { EditorShell } from '@/components/editor/EditorShell';
import { PublishPanel } from '@/components/editor/publish/PublishPanel';

/** Publish, its progress and outcome, roll back, the publish log; the buttons only for publishers. */
export default async function PublishPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ outcome?: string }>;
}) {
  const lang = (await params).locale as Locale;
  const account = await requirePageAccount(lang, `/edit/${lang}/publish`);
  const { outcome } = await searchParams;
  return (
    <EditorShell lang={lang} path="/publish">
      <PublishPanel
        lang={lang}
        state={await publishState()}
        canPublish={account.role === 'publisher'}
        outcome={outcome}
      />
    </EditorShell>
  );
}
