import { describe, expect, it } from 'vitest';
import { formatIssue, selectPartners } from '@/lib/content';
import { checkSite, validSite } from './site-fixture';

const goals = validSite['content/pages/goals.de.md']!;
const city = (fields: string, translated = 'nameTranslation: Stadt Ravenna\n') =>
  `---\nname: Comune di Ravenna\nnameLanguage: it\nkind: city\ncountry: IT\n${fields}${translated}---\n`;
const ravenna = city('city: Ravenna\nlatitude: 44.42\nlongitude: 12.2\n');
const ravennaInEnglish = { 'content/partners/ravenna.en.md': '---\nnameTranslation: City of Ravenna\n---\n' };

describe('partners', () => {
  it('a partner city needs its city and its position on the map', () => {
    const issues = checkSite({
      'content/partners/ravenna.de.md': city('city: Ravenna\nlatitude: 44.42\n'),
      ...ravennaInEnglish,
    }).issues;
    expect(issues.map((issue) => formatIssue(issue, 'en'))).toEqual([
      'content/partners/ravenna.de.md:4  A partner city (kind: city) needs the field “longitude”: it is shown on the map by name and position.  →  Add a line to the header such as: longitude: 12.2 (position in decimal degrees, south and west as negative numbers).',
    ]);
  });

  it('a position must lie on the globe', () => {
    const [issue] = checkSite({
      'content/partners/ravenna.de.md': city('city: Ravenna\nlatitude: 144.42\nlongitude: 12.2\n'),
    }).issues;
    expect(issue).toMatchObject({ severity: 'error', code: 'out_of_range', field: 'latitude', line: 7 });
  });

  it('a partner city named in another language gives its name in each language of the site as well', () => {
    const untranslated = city('city: Ravenna\nlatitude: 44.42\nlongitude: 12.2\n', '');
    expect(
      checkSite({ 'content/partners/ravenna.de.md': untranslated }).issues.map((issue) => formatIssue(issue, 'en')),
    ).toEqual([
      'content/partners/ravenna.de.md:2  The partner city’s name, “Comune di Ravenna”, is not German: pages in that language also need it translated, so that every reader recognises the institution.  →  Add a line to content/partners/ravenna.de.md such as: nameTranslation: Stadt Ravenna (what the institution is called in that language).',
      'content/partners/ravenna.de.md:2  The partner city’s name, “Comune di Ravenna”, is not English: pages in that language also need it translated, so that every reader recognises the institution.  →  Add a line to content/partners/ravenna.en.md such as: nameTranslation: City of Ravenna (what the institution is called in that language).',
    ]);
    expect(checkSite({ 'content/partners/ravenna.de.md': ravenna }).issues).toMatchObject([
      { code: 'city_needs_name_translation', params: { language: 'en', file: 'content/partners/ravenna.en.md' } },
    ]);
    const { site, issues } = checkSite({ 'content/partners/ravenna.de.md': ravenna, ...ravennaInEnglish });
    expect(issues).toEqual([]);
    const translation = (locale: 'de' | 'en') =>
      selectPartners(site!, locale).find((partner) => partner.key === 'ravenna')?.nameTranslation;
    expect([translation('de'), translation('en')]).toEqual(['Stadt Ravenna', 'City of Ravenna']);
  });

  it('a partner city named in German needs its name in English only, and German pages do not repeat it', () => {
    const dietzenbach = `---\nname: Kreisstadt Dietzenbach\nnameLanguage: de\nkind: city\ncountry: DE\ncity: Dietzenbach\nlatitude: 50.01\nlongitude: 8.78\nnameTranslation: Kreisstadt Dietzenbach\n---\n`;
    const english = {
      'content/partners/dietzenbach.en.md': '---\nnameTranslation: District town of Dietzenbach\n---\n',
    };
    expect(checkSite({ 'content/partners/dietzenbach.de.md': dietzenbach }).issues).toMatchObject([
      { code: 'city_needs_name_translation', params: { language: 'en' } },
    ]);
    const { site } = checkSite({ 'content/partners/dietzenbach.de.md': dietzenbach, ...english });
    const translation = (locale: 'de' | 'en') =>
      selectPartners(site!, locale).find((partner) => partner.key === 'dietzenbach')?.nameTranslation;
    expect([translation('de'), translation('en')]).toEqual([undefined, 'District town of Dietzenbach']);
  });

  it('a technical partner whose seat is not known needs no city', () => {
    const technical = `---\nname: PATRIR\nnameLanguage: en\nkind: technical\ncountry: RO\n---\n`;
    expect(checkSite({ 'content/partners/patrir.de.md': technical }).issues).toEqual([]);
  });
});

describe('pages', () => {
  const page = (site: ReturnType<typeof checkSite>['site'], pagePath: string) =>
    site!.pages.find((candidate) => candidate.path === pagePath)!;

  it('keep every line break when their front matter asks for it', () => {
    const lines = 'Erster Satz.\nZweiter Satz.\n';
    const kept = checkSite({
      'content/pages/goals.de.md': goals.replace('menu: header', 'menu: header\nlineBreaks: true') + lines,
    });
    expect(page(kept.site, '/de/ziele').html).toContain('<p>Erster Satz.<br>\nZweiter Satz.</p>');
    const joined = checkSite({ 'content/pages/goals.de.md': goals + lines });
    expect(page(joined.site, '/de/ziele').html).toContain('<p>Erster Satz.\nZweiter Satz.</p>');
  });

  it('link by key to the version in a named language, for a page that exists in one language only', () => {
    const germanOnly = goals
      .replace('slug: ziele', 'slug: leichte-sprache')
      .replace('title: Ziele', 'title: Leichte Sprache');
    const english = validSite['content/pages/home.en.md']!.replace(
      '[goals](page:goals)',
      '[Leichte Sprache](page:easy-language.de)',
    );
    const { site, issues } = checkSite({
      'content/pages/easy-language.de.md': germanOnly,
      'content/pages/home.en.md': english,
    });
    expect(issues).toEqual([]);
    expect(page(site, '/en').html).toContain('<a href="/de/leichte-sprache">Leichte Sprache</a>');
    const unnamed = validSite['content/pages/home.en.md']!.replace(
      '[goals](page:goals)',
      '[Leichte Sprache](page:easy-language)',
    );
    const missing = checkSite({
      'content/pages/easy-language.de.md': germanOnly,
      'content/pages/home.en.md': unnamed,
    }).issues;
    expect(missing).toMatchObject([{ code: 'unknown_page_key', file: 'content/pages/home.en.md' }]);
  });
});
