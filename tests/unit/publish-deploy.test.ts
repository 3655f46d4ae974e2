import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployRelease, rollBack, siteFiles } from '../../lib/publish/deploy-release';
import { openDestination } from '../../lib/publish/destination';
import { releaseName } from '../../lib/publish/releases';
import { writeSshStandIn } from '../fixtures/ssh-stand-in';

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-publish-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

const requiredFiles = siteFiles(['de', 'en']);
let exports = 0;

/** A small export as `build:static` leaves it, written with a umask of 077 (the modes that made nginx answer 403). */
function makeExport(stylesheet: string, leaveOut?: string): string {
  const folder = path.join(temporary, `export-${++exports}`);
  for (const file of [...requiredFiles, 'de/ziele.html', `_next/static/chunks/${stylesheet}`]) {
    if (file === leaveOut) continue;
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(folder, file), `${file} of export ${exports}`, { mode: 0o600 });
  }
  return folder;
}

const ssh = writeSshStandIn(temporary);

let minute = 0;
const nextRelease = () => releaseName(new Date(Date.UTC(2026, 10, 30, 9, minute++)), '3f9c2ab');

function modesIn(folder: string): Set<string> {
  const modes = new Set<string>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const mode = fs.statSync(path.join(entry.parentPath, entry.name)).mode & 0o777;
    modes.add(`${entry.isDirectory() ? 'd' : 'f'}${mode.toString(8)}`);
  }
  return modes;
}

// A folder name that breaks any command line built without quoting; what it would run only touches a file here.
const pwned = path.join(temporary, 'pwned');
const hostileName = `site 'x' "$(touch ${pwned})" $HOME;touch ${pwned}`;

describe.each([
  { over: 'a local folder', target: (folder: string) => folder },
  { over: 'ssh', target: (folder: string) => `web.example:${folder}` },
])('deploying to $over', ({ over, target }) => {
  const root = path.join(temporary, over, hostileName);
  const folder = openDestination(target(root), ssh.program);
  const current = () => path.basename(fs.readlinkSync(path.join(root, 'current')));
  const deploy = (exportDir: string, release = nextRelease()) =>
    deployRelease(folder, { exportDir, release, requiredFiles }).then(() => release);

  it('makes releases with modes 755 and 644, keeps the old stylesheets, switches current and rolls back', async () => {
    const first = await deploy(makeExport('first.css'));
    expect(current()).toBe(first);
    expect(modesIn(path.join(root, 'releases', first))).toEqual(new Set(['d755', 'f644']));

    const second = await deploy(makeExport('second.css'));
    expect(current()).toBe(second);
    expect(fs.readdirSync(path.join(root, 'releases')).sort()).toEqual([first, second]);
    const chunks = path.join(root, 'current/_next/static/chunks');
    expect(fs.readdirSync(chunks).sort()).toEqual(['first.css', 'second.css']);
    expect(fs.readFileSync(path.join(root, 'current/de/ziele.html'), 'utf8')).toMatch(/of export \d+$/);
    expect(modesIn(path.join(root, 'releases', second))).toEqual(new Set(['d755', 'f644']));

    expect(await rollBack(folder)).toBe(first);
    expect(current()).toBe(first);
    await expect(rollBack(folder)).rejects.toThrow(/no release before/);
    expect(current()).toBe(first);
  });

  it('refuses a release without a required file and leaves current and releases/ as they were', async () => {
    const before = fs.readdirSync(path.join(root, 'releases')).sort();
    const live = current();
    await expect(deploy(makeExport('third.css', 'en/404.html'))).rejects.toThrow(/lacks en\/404\.html/);
    expect(current()).toBe(live);
    expect(fs.readdirSync(path.join(root, 'releases')).sort()).toEqual(before);
  });

  it('keeps the last five releases and the current one', async () => {
    const releases = [];
    for (let count = 0; count < 6; count++) releases.push(await deploy(makeExport(`style-${count}.css`)));
    expect(fs.readdirSync(path.join(root, 'releases')).sort()).toEqual(releases.slice(-5));
    expect(current()).toBe(releases.at(-1));
  });

  it('ran nothing it was handed as text, and went over ssh only when asked', () => {
    expect(fs.existsSync(pwned)).toBe(false);
    expect(new Set(ssh.hostsCalled())).toEqual(over === 'ssh' ? new Set(['web.example']) : new Set());
  });
});

it('takes over a site whose current link points at a release folder named by hand, and leaves that folder', async () => {
  const root = path.join(temporary, 'by hand');
  fs.mkdirSync(path.join(root, 'releases/2026-11-30'), { recursive: true });
  fs.symlinkSync('releases/2026-11-30', path.join(root, 'current'));
  const release = nextRelease();
  await deployRelease(openDestination(root), { exportDir: makeExport('new.css'), release, requiredFiles });
  expect(fs.readlinkSync(path.join(root, 'current'))).toBe(`releases/${release}`);
  expect(fs.readdirSync(path.join(root, 'releases')).sort()).toEqual(['2026-11-30', release]);
});

describe('destinations', () => {
  it('refuses a host that ssh would read as an option', () => {
    expect(() => openDestination('-oProxyCommand=touch pwned:/srv/epi-site')).toThrow(/no host name/);
  });
});
