import { describe, expect, it } from 'vitest';
import { checkSite, validSite } from './site-fixture';

const goals = validSite['content/pages/goals.de.md']!;

function errorsOf(changes: Record<string, string | null>) {
  return checkSite(changes).issues.filter((issue) => issue.severity === 'error');
}

describe('problems across pages and files: links, addresses, drafts, file names, all in one run', () => {
  it('rejects a file name without a known language', () => {
    const [issue] = errorsOf({ 'content/pages/goals.fr.md': goals });
    expect(issue).toMatchObject({ file: 'content/pages/goals.fr.md', code: 'bad_file_name_pattern' });
  });

  it('rejects links to missing pages and to pages in another language', () => {
    const home = validSite['content/pages/home.de.md']!.replace('(page:goals)', '(page:ziele) und [Goals](/en/goals)');
    expect(errorsOf({ 'content/pages/home.de.md': home }).map((issue) => issue.code)).toEqual([
      'unknown_page_key',
      'link_other_language',
    ]);
  });

  it('reports every problem at once', () => {
    const issues = errorsOf({
      'content/pages/goals.de.md': goals.replace('order: 2', 'order: zwei'),
      'content/contacts/person.de.md': validSite['content/contacts/person.de.md']!.replace(
        'name: Erika Mustermann\n',
        '',
      ),
    });
    expect(issues.map((issue) => issue.code).sort()).toEqual(['missing_field', 'wrong_type']);
  });

  it('reports the problems of one page in its fields, its address and its links in one run', () => {
    const page = goals
      .replace(/^description: .*$/m, 'description: Zu kurz.')
      .replace('slug: ziele', 'slug: unsere ziele')
      .replace('## Unsere Ziele\n', '## Unsere Ziele\n\nSiehe [Neuigkeiten](page:gibt-es-nicht).\n');
    const issues = errorsOf({ 'content/pages/goals.de.md': page });
    expect(issues.map(({ code, field, line }) => ({ code, field, line }))).toEqual([
      { code: 'bad_slug', field: 'slug', line: 5 },
      { code: 'too_short', field: 'description', line: 6 },
      { code: 'unknown_page_key', field: undefined, line: 10 },
    ]);
  });

  it('checks the address of a page whose other fields have errors: missing, or held by another page', () => {
    const news = goals.replace(/^description: .*\n/m, '');
    expect(
      errorsOf({ 'content/pages/news.de.md': news.replace('slug: ziele\n', '') }).map(({ code, field }) => [
        code,
        field,
      ]),
    ).toEqual([
      ['missing_field', 'description'],
      ['missing_field', 'slug'],
    ]);
    expect(errorsOf({ 'content/pages/news.de.md': news }).map((issue) => issue.code)).toEqual([
      'missing_field',
      'duplicate_slug',
    ]);
  });

  it('counts a home page whose fields have errors as the home page', () => {
    const home = validSite['content/pages/home.de.md']!.replace('order: 1', 'order: eins');
    expect(errorsOf({ 'content/pages/home.de.md': home }).map((issue) => issue.code)).toEqual(['wrong_type']);
  });

  it('checks the links of a page whose address another page already holds', () => {
    const news = goals.replace('## Unsere Ziele\n', '[Start](/de/gibt-es-nicht)\n');
    expect(errorsOf({ 'content/pages/news.de.md': news }).map((issue) => issue.code)).toEqual([
      'duplicate_slug',
      'broken_link',
    ]);
  });

  it('leaves drafts out of the production index', () => {
    const draft = goals.replace('order: 2', 'order: 3\ndraft: true').replace('slug: ziele', 'slug: neu');
    const { site } = checkSite({ 'content/pages/news.de.md': draft });
    expect(site?.pages.map((page) => page.key)).not.toContain('news');
    expect(site?.pages).toHaveLength(4);
  });

  it('rejects a link from a published page to a draft', () => {
    const draft = goals.replace('order: 2', 'order: 2\ndraft: true');
    expect(errorsOf({ 'content/pages/goals.de.md': draft }).map((issue) => issue.code)).toEqual([
      'link_to_draft',
      'link_to_draft',
    ]);
  });
});
