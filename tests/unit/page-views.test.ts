import { describe, expect, it } from 'vitest';
import {
  findAlternates,
  findPage,
  findTemplatePage,
  findTranslations,
  listSlugParams,
  selectNavigation,
  type Site,
} from '@/lib/content';
import { checkSite } from './site-fixture';

function siteWith(changes: Record<string, string | null> = {}): Site {
  const { site, issues } = checkSite(changes);
  if (!site) throw new Error(`fixture has errors: ${JSON.stringify(issues)}`);
  return site;
}

const extraPage = (slug: string, order: number) => `---
menu: [header, footer]
order: ${order}
title: Seite ${slug}
slug: ${slug}
description: Eine zusätzliche Seite, deren Beschreibung lang genug für die Prüfung ist.
---
Text.
`;

describe('page lookups', () => {
  const site = siteWith({ 'content/pages/extra.de.md': extraPage('extra', 3) });

  it('finds a page by language and slug, the home page by its empty slug, and nothing for another language', () => {
    expect(findPage(site, 'de', 'ziele')?.key).toBe('goals');
    expect(findPage(site, 'de')?.template).toBe('home');
    expect(findPage(site, 'en', 'ziele')).toBeUndefined();
    expect(findTemplatePage(site, 'en', 'home')?.path).toBe('/en');
  });

  it('gives the translations and hreflang alternates of a page, and only the languages it exists in', () => {
    expect(Object.keys(findTranslations(site, 'goals')).sort()).toEqual(['de', 'en']);
    expect(findAlternates(site, 'goals')).toEqual({ de: '/de/ziele', en: '/en/goals', 'x-default': '/de/ziele' });
    expect(Object.keys(findTranslations(site, 'extra'))).toEqual(['de']);
    expect(findTranslations(site, 'no-such-page')).toEqual({});
  });

  it('lists a menu in its order and the route parameters of one or all languages', () => {
    expect(selectNavigation(site, 'de', 'header').map((page) => page.key)).toEqual(['home', 'goals', 'extra']);
    expect(selectNavigation(site, 'en', 'header').map((page) => page.key)).toEqual(['home', 'goals']);
    expect(selectNavigation(site, 'de', 'footer').map((page) => page.key)).toEqual(['extra']);
    expect(listSlugParams(site, 'de')).toEqual(
      expect.arrayContaining([
        { locale: 'de', slug: 'ziele' },
        { locale: 'de', slug: 'extra' },
      ]),
    );
    expect(listSlugParams(site)).toHaveLength(3);
  });

  it('answers for each site from its own pages, as next dev does after an edit', () => {
    const edited = siteWith({ 'content/pages/extra.de.md': extraPage('weiteres', 0) });
    expect(findPage(site, 'de', 'extra')).toBeDefined();
    expect(findPage(edited, 'de', 'extra')).toBeUndefined();
    expect(findPage(edited, 'de', 'weiteres')?.key).toBe('extra');
    expect(selectNavigation(edited, 'de', 'header').map((page) => page.key)).toEqual(['extra', 'home', 'goals']);
    expect(selectNavigation(site, 'de', 'header').map((page) => page.key)).toEqual(['home', 'goals', 'extra']);
  });
});
