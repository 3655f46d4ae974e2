import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addLanguageChooser, chooserScript, chooserScriptHash } from '@/scripts/build/language-chooser';
import { removePayloads, removeUnreferenced } from '@/scripts/build/prune-export';
import { stripScripts } from '@/scripts/build/strip-runtime';

describe('removing scripts from a page', () => {
  const page = [
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css">',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js">',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js">',
    '<script src="/_next/static/chunks/d.js" async=""></script><title>Ziele</title></head>',
    '<body><main><h1>Ziele</h1><script type="application/ld+json">{"@type":"Project"}</script></main>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">requestAnimationFrame(function(){})</script></body></html>',
  ].join('');
  const stripped = stripScripts(page);

  it('removes script files, inline scripts and script preloads', () => {
    expect(stripped).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(stripped).not.toContain('.js');
    expect(stripped).not.toContain('__next_f');
  });

  it('keeps JSON-LD, styles and content', () => {
    expect(stripped).toContain('<script type="application/ld+json">{"@type":"Project"}</script>');
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css">');
    expect(stripped).toContain('<h1>Ziele</h1>');
    expect(stripped).toMatch(/^<!doctype html><html lang="de">/i);
  });

  it('leaves the rest of the page byte for byte as it was', () => {
    expect(stripped).toBe(
      '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><link rel="stylesheet" href="/_next/static/chunks/a.css"><title>Ziele</title></head>' +
        '<body><main><h1>Ziele</h1><script type="application/ld+json">{"@type":"Project"}</script></main></body></html>',
    );
  });
});

describe('the language chooser of the static export', () => {
  it('is allowed by its hash in the nginx config and the deployment guide', () => {
    const root = path.join(import.meta.dirname, '..', '..');
    for (const file of ['deploy/nginx.conf', 'docs/deploy.md']) {
      expect(fs.readFileSync(path.join(root, file), 'utf8'), file).toContain(chooserScriptHash.replace(/'/g, ''));
    }
  });

  it('is the last element of the head, and a page without exactly one head is refused', () => {
    const page = '<html><head><title>EPI</title></head><body><p>&lt;/head></p></body></html>';
    expect(addLanguageChooser(page)).toBe(
      `<html><head><title>EPI</title><script>${chooserScript}</script></head><body><p>&lt;/head></p></body></html>`,
    );
    expect(() => addLanguageChooser('<html><body></body></html>')).toThrow(/<\/head>/);
    expect(() => addLanguageChooser(`${page}${page}`)).toThrow(/<\/head>/);
  });
});

describe('the first step of `npm run build:static`', () => {
  // The command exactly as package.json runs it, so that a change of how it is run is tested too.
  const command = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts[
    'build:static'
  ].split(' && ')[0];
  const run = (siteUrl: string) =>
    spawnSync('sh', ['-c', command], { env: { ...process.env, SITE_URL: siteUrl }, encoding: 'utf8' });

  it.each([
    ['', 'SITE_URL is not set'],
    ['epi.example.org', 'is no http(s) address'],
    ['ftp://epi.example.org', 'is no http(s) address'],
  ])('stops the build when SITE_URL is %j', (siteUrl, message) => {
    const result = run(siteUrl);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('lets a public address pass', () => {
    expect(run('https://epi.example.org')).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('pruning the export after its pages are stripped', () => {
  const files = {
    'index.html': '<link rel="stylesheet" href="/_next/static/chunks/site.css">',
    'de/ziele.html':
      '<link rel="stylesheet" href="/_next/static/chunks/site.css"><img src="../_next/static/media/logo.svg">',
    'de/ziele.txt': 'payload',
    'de/ziele/__next._tree.txt': 'payload',
    'de/ziele/__next.$d$locale.txt': 'payload',
    'robots.txt': 'User-agent: *',
    '_not-found.html': '<p>404</p>',
    '_not-found/__next._full.txt': 'payload',
    '_next/static/chunks/site.css': 'body { background: url("../media/font.woff2") }',
    '_next/static/chunks/runtime.js': 'self.__next_f = []',
    '_next/static/media/font.woff2': 'font',
    '_next/static/media/logo.svg': '<svg/>',
    '_next/static/media/unused.png': 'png',
  };

  function exportFixture(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-prune-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const remaining = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split(path.sep).join('/'))
      .sort();

  it('removes the RSC payload beside pages, but not other text files', () => {
    const dir = exportFixture();
    expect(removePayloads(dir).sort()).toEqual([
      '_not-found/__next._full.txt',
      'de/ziele.txt',
      'de/ziele/__next.$d$locale.txt',
      'de/ziele/__next._tree.txt',
    ]);
    expect(remaining(dir)).toContain('robots.txt');
    fs.rmSync(dir, { recursive: true });
  });

  it("removes Next's 404 copy, every file under _next/ no page or stylesheet points to, and emptied folders", () => {
    const dir = exportFixture();
    removePayloads(dir);
    expect(removeUnreferenced(dir).sort()).toEqual([
      '_next/static/chunks/runtime.js',
      '_next/static/media/unused.png',
      '_not-found',
      '_not-found.html',
    ]);
    expect(remaining(dir)).toEqual([
      '_next',
      '_next/static',
      '_next/static/chunks',
      '_next/static/chunks/site.css',
      '_next/static/media',
      '_next/static/media/font.woff2',
      '_next/static/media/logo.svg',
      'de',
      'de/ziele.html',
      'index.html',
      'robots.txt',
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});
