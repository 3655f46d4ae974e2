import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kb, median, section } from '@/scripts/bench/report';
import { writeDocSection } from '@/scripts/doc-section';

describe('median', () => {
  it('takes the middle value of unsorted figures, without reordering them', () => {
    const runs = [930, 880, 1210];
    expect(median(runs)).toBe(930);
    expect(runs).toEqual([930, 880, 1210]);
  });

  it('takes the upper middle value of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(3);
  });
});

describe('kb', () => {
  it('gives bytes below a kilobyte, kilobytes to a tenth above', () => {
    expect([kb(0), kb(1023), kb(1024), kb(7440)]).toEqual(['0 B', '1023 B', '1.0 KB', '7.3 KB']);
  });
});

describe("the report's tables", () => {
  it('separate thousands and show a figure not measured as a dash', () => {
    expect(
      section(
        'Scaling',
        'How.',
        ['seconds', '100 pages'],
        [
          ['build', 1234.5],
          ['check', undefined],
        ],
      ),
    ).toBe('### Scaling\n\nHow.\n\n| seconds | 100 pages |\n| --- | --- |\n| build | 1,234.5 |\n| check | – |');
  });
});

describe('writing the generated part of a document', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-doc-section-'));
  const file = path.join(folder, 'performance.md');
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('replaces what is between the markers and keeps what people wrote around them', () => {
    const handWritten = '# Performance\n\nWhy LCP missed on 2026-12-01: a font.\n';
    fs.writeFileSync(file, `${handWritten}\n<!-- bench:start -->\nold figures\n<!-- bench:end -->\n\nMore notes.\n`);
    writeDocSection(file, 'bench', 'new figures');
    writeDocSection(file, 'bench', 'newest figures\n');
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `${handWritten}\n<!-- bench:start -->\nnewest figures\n<!-- bench:end -->\n\nMore notes.\n`,
    );
  });

  it('refuses a document without the markers rather than write figures nowhere', () => {
    fs.writeFileSync(file, '# Performance\n');
    expect(() => writeDocSection(file, 'bench', 'figures')).toThrow('has no section <!-- bench:start -->');
    expect(fs.readFileSync(file, 'utf8')).toBe('# Performance\n');
  });
});
