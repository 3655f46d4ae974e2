import { dictionary } from '@zxcvbn-ts/language-common';
import { normalizePassword, passwordLength } from './account-store';

export type PasswordProblem = 'too-short' | 'too-long' | 'control-character' | 'common';

/**
 * What is wrong with a new password, or null (OWASP ASVS 4.0 V2.1: any printable Unicode, no composition rules).
 * Characters are code points; for the minimum, a run of white space counts as one.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  const normalized = normalizePassword(password);
  if ([...normalized.replace(/\s+/gu, ' ')].length < passwordLength.min) return 'too-short';
  if ([...normalized].length > passwordLength.max) return 'too-long';
  if (/[\p{Cc}\p{Cs}]/u.test(normalized)) return 'control-character';
  if (commonPasswords().has(normalized.toLowerCase())) return 'common';
  return null;
}

let common: Set<string> | undefined;

/** zxcvbn-ts' list of the most used passwords (from leaks), those long enough to pass the length rule. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].filter((word) => [...word].length >= passwordLength.min));
  return common;
}
