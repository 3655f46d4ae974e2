import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const unitFile = 'deploy/epi-editor.service';
const unit = fs.readFileSync(unitFile, 'utf8');
const nginx = fs.readFileSync('deploy/nginx-editor.conf', 'utf8');

/** Every value of a directive in the unit, in order. */
const values = (key: string) => [...unit.matchAll(new RegExp(`^${key}=(.*)$`, 'gm'))].map((match) => match[1]);
const environment = Object.fromEntries(values('Environment').map((line) => line.split(/=(.*)/s).slice(0, 2)));
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

describe('deploy/epi-editor.service', () => {
  it('runs npm run edit as a user of its own, on a loopback address, for the https address staff use', () => {
    expect(values('User')).toEqual(['epi-editor']);
    expect(values('ExecStart')).toEqual(['/usr/bin/npm run edit']);
    expect(environment.EDITOR_HOST).toBe('127.0.0.1');
    expect(new URL(environment.EDITOR_ORIGIN).protocol).toBe('https:');
    expect(environment.NODE_ENV).toBe('production');
  });

  it('may write only the content repository, EDITOR_DATA, PUBLISH_DIR and its own builds', () => {
    expect(values('ProtectSystem')).toEqual(['strict']);
    expect(values('ProtectHome')).toEqual(['true']);
    expect(values('NoNewPrivileges')).toEqual(['true']);
    const workingDirectory = values('WorkingDirectory')[0];
    expect(values('ReadWritePaths').flatMap((line) => line.split(' '))).toEqual([
      environment.CONTENT_ROOT,
      environment.EDITOR_DATA,
      environment.PUBLISH_DIR,
      // Its builds (.next-edit; a publish's .next and out) are removed and made anew: the checkout's top folder, where
      // the sticky bit lets it remove only what it owns (docs/deploy.md).
      workingDirectory,
    ]);
    for (const folder of [environment.CONTENT_ROOT, environment.EDITOR_DATA, environment.PUBLISH_DIR])
      expect(folder.startsWith(`${workingDirectory}/`), folder).toBe(false);
  });

  it.runIf(hasSystemdAnalyze)('passes systemd-analyze verify', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-unit-'));
    fs.copyFileSync(unitFile, path.join(folder, 'epi-editor.service'));
    const run = spawnSync('systemd-analyze', ['verify', path.join(folder, 'epi-editor.service')], { encoding: 'utf8' });
    fs.rmSync(folder, { recursive: true, force: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('deploy/nginx-editor.conf', () => {
  it('serves the name of EDITOR_ORIGIN and proxies to the port of EDITOR_PORT on 127.0.0.1', () => {
    expect(nginx).toMatch(new RegExp(`^\\s*server_name ${new URL(environment.EDITOR_ORIGIN).hostname};$`, 'm'));
    expect(nginx).toMatch(new RegExp(`^\\s*server 127\\.0\\.0\\.1:${environment.EDITOR_PORT};$`, 'm'));
  });
});
