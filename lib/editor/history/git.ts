import { simpleGit, type SimpleGit } from 'simple-git';

/** Who a commit is by: the signed-in account. */
export interface Identity {
  name: string;
  email: string;
}

/**
 * Settings that no hook, signing key or colour setting of the repository or the machine can change: the history
 * must be written the same way on a staff member's laptop and on the server.
 */
const fixedConfig = [
  'core.hooksPath=/dev/null',
  'commit.gpgsign=false',
  'color.ui=false',
  'core.quotePath=false',
  'log.showSignature=false',
];

/**
 * The whole environment of every git process: nothing inherited but PATH, no global or system configuration, paths
 * taken as written, messages in English (the lock retry reads them).
 */
const fixedEnvironment = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_LITERAL_PATHSPECS: '1',
  GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C',
};

/**
 * The one door to git: a simple-git instance on the content repository. Arguments go to `git` as an array, never
 * through a shell. With an identity, commits are by that person, even where git has no `user.name` configured.
 */
export function git(root: string, identity?: Identity): SimpleGit {
  const config = identity
    ? [...fixedConfig, `user.name=${identity.name}`, `user.email=${identity.email}`]
    : fixedConfig;
  return simpleGit({
    baseDir: root,
    config,
    timeout: { block: 30_000 },
    allowEnvironment: Object.keys(fixedEnvironment),
    // Both are set by this file alone, to the constants above.
    unsafe: { allowUnsafeHooksPath: true, allowUnsafeConfigPaths: true },
  }).env({ PATH: process.env.PATH, ...fixedEnvironment });
}

/** The bytes of a file at a commit, or null when the file did not exist there. */
export async function readBlob(root: string, commit: string, file: string): Promise<Buffer | null> {
  const listing = await git(root).raw(['ls-tree', '-z', commit, '--', file]);
  const match = /^\d+ blob ([0-9a-f]+)\t/.exec(listing);
  return match ? git(root).showBuffer([match[1]]) : null;
}
