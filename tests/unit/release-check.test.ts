import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { legalPages, writeSite } from './site-fixture';

const imprint = legalPages['content/pages/imprint.de.md']!;
const withPlaceholder = {
  ...legalPages,
  'content/pages/imprint.de.md': `${imprint}\nAnschrift: [PLATZHALTER: Straße und Hausnummer]\n`,
};

function check(changes: Record<string, string | null>, options: { release?: boolean } = {}) {
  const projectDir = writeSite(changes);
  try {
    return checkContent({ projectDir, ...options });
  } finally {
    fs.rmSync(projectDir, { recursive: true, force: true });
  }
}

describe('the release check', () => {
  it('turns an open placeholder into an error, while the default check only warns', () => {
    expect(check(withPlaceholder).site).toBeDefined();
    expect(check(withPlaceholder).issues).toMatchObject([{ severity: 'warning', code: 'open_placeholder' }]);
    const release = check(withPlaceholder, { release: true });
    expect(release.site).toBeUndefined();
    expect(release.issues).toMatchObject([
      { severity: 'error', code: 'open_placeholder', file: 'content/pages/imprint.de.md', line: 18 },
    ]);
  });

  it('passes content without placeholders', () => {
    const release = check(legalPages, { release: true });
    expect(release.issues).toEqual([]);
    expect(release.site).toBeDefined();
  });

  it('npm run content:check -- --release fails on a planted placeholder and passes without one', () => {
    const script = path.resolve('scripts/content-check.ts');
    const run = (projectDir: string) =>
      spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), script, '--release', '--lang', 'en'], {
        cwd: projectDir,
        env: { ...process.env, CONTENT_ROOT: projectDir },
        encoding: 'utf8',
      });
    const planted = writeSite(withPlaceholder);
    const clean = writeSite(legalPages);
    try {
      const failed = run(planted);
      expect(failed.status).toBe(1);
      expect(failed.stdout).toContain(
        '✖ content/pages/imprint.de.md:18  Open placeholder: [PLATZHALTER: Straße und Hausnummer]',
      );
      const passed = run(clean);
      expect(passed.stdout).toContain('Ready for release');
      expect(passed.status).toBe(0);
    } finally {
      fs.rmSync(planted, { recursive: true, force: true });
      fs.rmSync(clean, { recursive: true, force: true });
    }
  }, 60_000);
});
