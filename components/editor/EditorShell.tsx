import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { requirePageAccount } from '@/lib/editor/auth/page-account';
import { EditorFrame, frameButtonStyle } from './EditorFrame';

/**
 * The frame of every editor page behind the sign-in: who is signed in, a way to sign out, the switch to the other UI
 * language (same place). It checks the session itself too, so that no page in it shows anything without one.
 */
export async function EditorShell({ lang, path, children }: { lang: Locale; path: string; children: ReactNode }) {
  const account = await requirePageAccount(lang, `/edit/${lang}${path}`);
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const tools = (
    <>
      <p>{t('account.signedInAs', { name: account.name, role: t(`account.roles.${account.role}`) })}</p>
      <form method="post" action="/edit/api/sign-out">
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" className={frameButtonStyle}>
          {t('account.signOut')}
        </button>
      </form>
    </>
  );
  return (
    <>
      <title>{t('title')}</title>
      <EditorFrame lang={lang} otherLanguageHref={(other) => `/edit/${other}${path}`} tools={tools}>
        {children}
      </EditorFrame>
    </>
  );
}
