import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

const hostile = fs.readFileSync(path.join(__dirname, '../fixtures/hostile.md'), 'utf8');

describe('renderMarkdown', () => {
  const html = renderMarkdown(hostile);

  it('removes scripts, event handlers and dangerous links', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick|onload/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:/i);
    expect(html).not.toMatch(/<iframe|<style/i);
  });

  it('keeps the harmless content', () => {
    expect(html).toContain('<h2 id="sichere-überschrift">Sichere Überschrift</h2>');
    expect(html).toContain('<a href="https://example.org">sicherer Link</a>');
    expect(html).toContain('<a href="tel:+4960748058656">');
    expect(html).toContain('<span lang="it">Comune di Ravenna</span>');
    expect(html).toContain('<table>');
  });

  it('resolves links through the resolver', () => {
    expect(
      renderMarkdown('[Kontakt](page:contact)', {
        resolveLink: (href) => (href === 'page:contact' ? '/de/kontakt' : undefined),
      }),
    ).toContain('<a href="/de/kontakt">Kontakt</a>');
  });
});

describe('placeholders', () => {
  it('are highlighted for staff and visitors', () => {
    expect(renderMarkdown('Anschrift: [PLATZHALTER: Straße und Hausnummer], Dietzenbach')).toBe(
      '<p>Anschrift: <mark class="placeholder">[PLATZHALTER: Straße und Hausnummer]</mark>, Dietzenbach</p>',
    );
  });
});
