/**
 * Signing in to the editor: the door its routes and pages use (docs/security.md). Changing accounts is
 * `npm run accounts` (accounts.ts).
 */
export { listAccounts, passwordLength, roles, type AccountSummary, type Role } from './account-store';
export { clientAddress } from './client-address';
export { EditorDataError, editorDataFolder } from './data-folder';
export { requireAccount, requireAccountToWrite } from './require-account';
export { isFromEditorOrigin } from './same-origin';
export { safeNextPath, signInPath } from './sign-in-path';
export { currentAccount, signIn, signOut, type Account, type SignInResult } from './sign-in';
