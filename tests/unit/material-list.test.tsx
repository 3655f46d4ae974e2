import fs from 'node:fs';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MaterialList } from '@/components/MaterialList';
import { checkContent, selectMaterials, type Material } from '@/lib/content';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { writeSite } from './site-fixture';

// A fixture with one document, as staff add it: the description in content/materials, the file in public/materials.
const report = {
  'content/materials/final-report.de.md':
    '---\nfile: epi-bericht.pdf\nlanguage: de\ndate: 2022-06-30\ntitle: Abschlussbericht\nsummary: Was die Städte vorhatten\n---\n',
  'public/materials/epi-bericht.pdf': `%PDF-1.4\n${'x'.repeat(3 * 1024)}`,
};

function materialsOf(changes: Record<string, string | null>, locale: 'de' | 'en'): Material[] {
  const projectDir = writeSite(changes);
  try {
    return selectMaterials(checkContent({ projectDir }).site!, locale);
  } finally {
    fs.rmSync(projectDir, { recursive: true, force: true });
  }
}

function render(locale: 'de' | 'en', materials: Material[]) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === 'de' ? de : en} timeZone="Europe/Berlin">
      <MaterialList locale={locale} materials={materials} />
    </NextIntlClientProvider>,
  );
}

describe('the materials list', () => {
  it('shows a document as soon as one is added: link, type, size, language and date', () => {
    const html = render('de', materialsOf(report, 'de'));
    expect(html).toContain('<a href="/materials/epi-bericht.pdf" download=""');
    expect(html).toContain('Abschlussbericht</span> (PDF, 3 KB)');
    expect(html).toContain('Was die Städte vorhatten');
    expect(html).toContain('Deutsch');
    expect(html).toContain('<time dateTime="2022-06-30">30. Juni 2022</time>');
    expect(html).not.toContain(de.Materials.empty);
  });

  it('marks the German title as German on the English page while there is no translation', () => {
    const html = render('en', materialsOf(report, 'en'));
    expect(html).toContain('<span lang="de">Abschlussbericht</span> (PDF, 3 KB)');
    expect(html).toContain('<time dateTime="2022-06-30">30 June 2022</time>');
  });

  it('says in one sentence that there is nothing to download', () => {
    expect(render('en', materialsOf({}, 'en'))).toBe(
      `<p class="mt-2 text-lg" data-empty-state="true">${en.Materials.empty}</p>`,
    );
  });
});
