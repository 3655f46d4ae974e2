import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pushCommit } from '../../lib/editor/publish/remote';
import { rollBackRelease } from '../../lib/editor/publish/rollback';
import { rsyncRelease } from '../../lib/editor/publish/rsync';
import { deployRelease, siteFiles } from '../../lib/publish/deploy-release';
import { openDestination } from '../../lib/publish/destination';
import { releaseName } from '../../lib/publish/releases';
import { writeSshStandIn } from '../fixtures/ssh-stand-in';
import { withTemporaryEditorData } from './editor-data-fixture';
import { gitIn, removeRepositories, repositoryWith } from './git-repository';

// The optional targets of a publish: PUBLISH_REMOTE (git push) and PUBLISH_RSYNC (a second web server).
withTemporaryEditorData();
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-publish-targets-'));
afterAll(() => {
  fs.rmSync(temporary, { recursive: true, force: true });
  removeRepositories();
});

describe('PUBLISH_REMOTE', () => {
  it("pushes the published commit to the remote's branch of the same name", async () => {
    const root = repositoryWith({ 'content/pages/goals.de.md': 'Ziele\n' });
    const remote = path.join(temporary, 'shared.git');
    execFileSync('git', ['init', '-q', '--bare', remote]);
    const commit = gitIn(root, 'rev-parse', 'HEAD').trim();
    const branch = gitIn(root, 'symbolic-ref', '--short', 'HEAD').trim();
    await pushCommit(root, remote, commit);
    expect(execFileSync('git', ['-C', remote, 'rev-parse', branch], { encoding: 'utf8' }).trim()).toBe(commit);
  });
});

describe('PUBLISH_RSYNC', () => {
  const local = openDestination(path.join(temporary, 'local'));
  const server = {
    host: 'web.example',
    folder: path.join(temporary, 'server'),
    ssh: path.join(temporary, 'ssh-umask'),
  };
  // A web server account with umask 077, whose files nginx could not read unless the copy sets their modes.
  fs.writeFileSync(server.ssh, `#!/bin/sh\numask 077\nexec '${writeSshStandIn(temporary).program}' "$@"\n`, {
    mode: 0o755,
  });
  const serverCurrent = () => path.basename(fs.readlinkSync(path.join(server.folder, 'current')));
  let hour = 0;

  /** A release published here, as a publish leaves it before rsync. */
  async function publishLocally(text: string) {
    const exported = fs.mkdtempSync(path.join(temporary, 'export-'));
    for (const file of [...siteFiles(['de', 'en']), 'de/ziele.html']) {
      fs.mkdirSync(path.dirname(path.join(exported, file)), { recursive: true });
      fs.writeFileSync(path.join(exported, file), file === 'de/ziele.html' ? text : file, { mode: 0o600 });
      // Each build writes every file anew, an hour after the one before.
      fs.utimesSync(path.join(exported, file), 1_800_000_000 + hour * 3600, 1_800_000_000 + hour * 3600);
    }
    const release = releaseName(new Date(Date.UTC(2026, 11, 7, hour++)), 'abc1234');
    await deployRelease(local, { exportDir: exported, release, requiredFiles: siteFiles(['de', 'en']) });
    return release;
  }

  it('copies each release to the web server, switches its current, and rolls it back with this one', async () => {
    const first = await publishLocally('erste Fassung');
    await rsyncRelease(server, local, first);
    expect(serverCurrent()).toBe(first);
    const second = await publishLocally('zweite Fassung');
    await rsyncRelease(server, local, second);
    expect(serverCurrent()).toBe(second);
    expect(fs.readFileSync(path.join(server.folder, 'current/de/ziele.html'), 'utf8')).toBe('zweite Fassung');
    expect(fs.statSync(path.join(server.folder, 'current/de/ziele.html')).mode & 0o777).toBe(0o644);
    // Unchanged files are hard links to the previous release's, not copies.
    const inode = (release: string) => fs.statSync(path.join(server.folder, 'releases', release, 'index.html')).ino;
    expect(inode(second)).toBe(inode(first));

    process.env.PUBLISH_RSYNC = `${server.host}:${server.folder}`;
    process.env.DEPLOY_SSH = server.ssh;
    try {
      expect(await rollBackRelease('anna', local)).toBe(first);
    } finally {
      delete process.env.PUBLISH_RSYNC;
      delete process.env.DEPLOY_SSH;
    }
    expect(serverCurrent()).toBe(first);
  });
});
