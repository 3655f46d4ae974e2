import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { safeNextPath, signInPath } from '@/lib/editor/auth';
import { EditorFrame } from '@/components/editor/EditorFrame';
import { SignInForm } from '@/components/editor/SignInForm';

interface SignInProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; error?: string; minutes?: string }>;
}

/**
 * The one editor page open without a session. A link from an e-mail arrives without the session cookie (SameSite=
 * Strict), so the page offers a link to the page asked for: followed from here, it carries the cookie.
 */
export default async function SignIn({ params, searchParams }: SignInProps) {
  const lang = (await params).locale as Locale;
  const query = await searchParams;
  const next = safeNextPath(query.next);
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const minutes = Math.max(1, Number.parseInt(query.minutes ?? '', 10) || 1);
  const error =
    query.error === 'refused'
      ? t('signIn.refused')
      : query.error === 'throttled'
        ? t('signIn.throttled', { minutes })
        : undefined;
  return (
    <>
      <title>{`${t('signIn.title')} – ${t('title')}`}</title>
      <EditorFrame lang={lang} otherLanguageHref={(other) => signInPath(other, next)}>
        <h1 className="mb-2 text-3xl font-bold">{t('signIn.title')}</h1>
        <p className="mb-6 max-w-3xl">{t('signIn.intro')}</p>
        <SignInForm lang={lang} next={next} error={error} />
        {next && (
          <p className="mt-6">
            <a href={next} className="text-accent underline">
              {t('signIn.continue')}
            </a>
          </p>
        )}
      </EditorFrame>
    </>
  );
}
