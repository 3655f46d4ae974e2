import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LabelledField } from './LabelledField';
import { PasswordInput } from './PasswordInput';

interface SignInFormProps {
  lang: Locale;
  /** The editor page to go on to, already checked (safeNextPath). */
  next: string | null;
  /** Why the last attempt failed: one message for a wrong name and a wrong password alike. */
  error?: string;
}

const fieldStyle = 'w-full rounded border border-muted px-2 py-1';

/**
 * Name and password, posted in the body to the sign-in route (works without JavaScript). Password managers fill it
 * (autocomplete), and pasting is allowed.
 */
export async function SignInForm({ lang, next, error }: SignInFormProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.signIn' });
  return (
    <form method="post" action="/edit/api/sign-in" className="max-w-md space-y-4">
      {error && (
        <p role="alert" className="rounded border-2 border-danger p-3 font-semibold text-danger">
          {error}
        </p>
      )}
      <input type="hidden" name="lang" value={lang} />
      {next && <input type="hidden" name="next" value={next} />}
      <LabelledField id="sign-in-name" label={t('name')}>
        <input
          id="sign-in-name"
          name="name"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          className={fieldStyle}
        />
      </LabelledField>
      <LabelledField id="sign-in-password" label={t('password')}>
        <PasswordInput
          id="sign-in-password"
          name="password"
          autoComplete="current-password"
          required
          showLabel={t('showPassword')}
          className={fieldStyle}
        />
      </LabelledField>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-on-accent">
        {t('submit')}
      </button>
    </form>
  );
}
