'use client';

import { useState, useSyncExternalStore, type InputHTMLAttributes } from 'react';

interface PasswordInputProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  /** The toggle's label, e.g. "Show password". */
  showLabel: string;
}

const subscribeToNothing = () => () => undefined;
const isInBrowser = () => true;
const isOnServer = () => false;

/**
 * A password field whose text can be shown while typing (OWASP ASVS 2.1.12). The toggle needs JavaScript, so it appears
 * only once the script runs; without it, the field works as any other.
 */
export function PasswordInput({ id, showLabel, className, ...input }: PasswordInputProps) {
  // False in the server's HTML, true once the script runs in the browser.
  const ready = useSyncExternalStore(subscribeToNothing, isInBrowser, isOnServer);
  const [shown, setShown] = useState(false);
  return (
    <div className="flex gap-2">
      <input id={id} type={shown ? 'text' : 'password'} className={className} {...input} />
      {ready && (
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown(!shown)}
          className="shrink-0 rounded border border-accent px-3 py-1 font-semibold text-accent"
        >
          {showLabel}
        </button>
      )}
    </div>
  );
}
