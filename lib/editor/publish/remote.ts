import { git } from '@/lib/editor/history/git';

/**
 * PUBLISH_REMOTE: the published commit goes to the branch of the same name on that remote (a name from the
 * repository's configuration or a URL), so that the shared repository holds what is live. HOME lets ssh find its key.
 */
export async function pushCommit(root: string, remote: string, commit: string): Promise<void> {
  const branch = (await git(root).raw(['symbolic-ref', '--short', 'HEAD'])).trim();
  await git(root)
    .env('HOME', process.env.HOME ?? '/')
    .raw(['push', '--', remote, `${commit}:refs/heads/${branch}`]);
}
