import type { Locale } from '@/i18n/routing';
import { publishState } from '@/lib/editor/publish';
import { viewerAccount } from '@/lib/editor/publish/viewer';
import { EditorShell } from '@/components/editor/EditorShell';
import { PublishPanel } from '@/components/editor/publish/PublishPanel';

/** Publish, its progress and outcome, roll back, the publish log. */
export default async function PublishPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ outcome?: string }>;
}) {
  const lang = (await params).locale as Locale;
  const { outcome } = await searchParams;
  const [state, account] = await Promise.all([publishState(), viewerAccount()]);
  return (
    <EditorShell lang={lang} path="/publish">
      <PublishPanel lang={lang} state={state} canPublish={account?.role === 'publisher'} outcome={outcome} />
    </EditorShell>
  );
}
