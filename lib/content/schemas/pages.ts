import { z } from 'zod';
import { defineCollection } from '../collection-spec';
import { description, isoDate, slug, text } from '../fields';

/** The pages the law requires (legal notice, privacy policy, accessibility statement); content rules check their facts. */
export const legalTemplates = ['imprint', 'privacy', 'accessibility'] as const;
export const pageTemplates = ['home', 'page', 'goals', 'partners', 'contact', 'materials', ...legalTemplates] as const;
export const menus = ['header', 'footer', 'none'] as const;
/** A menu a page can be linked from (`none` means no menu). */
export type Menu = Exclude<(typeof menus)[number], 'none'>;

export const pages = defineCollection({
  folder: 'pages',
  shared: z.object({
    template: z.enum(pageTemplates).default('page'),
    // One menu or a list of them, e.g. `menu: [header, footer]`.
    menu: z
      .preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(z.enum(menus)))
      .default([])
      .transform((list) => list.filter((menu): menu is Menu => menu !== 'none')),
    order: z.number().int().min(0).default(100),
    updated: isoDate.optional(),
    draft: z.boolean().default(false),
    // Keeps every line break of the text (Leichte Sprache puts one sentence on each line).
    lineBreaks: z.boolean().default(false),
  }),
  localized: z.object({
    title: text,
    menuTitle: text.optional(),
    slug: slug.optional(),
    description,
    // A sentence or two shown under the title, before anything else on the page.
    lead: text.optional(),
  }),
  hasBody: true,
  sharedExamples: {
    template: 'page',
    menu: 'header',
    order: 2,
    updated: '2026-11-25',
    draft: false,
    lineBreaks: false,
  },
  examples: {
    de: {
      title: 'Ziele des Projekts',
      menuTitle: 'Ziele',
      slug: 'ziele',
      description:
        'Die sechs Ziele von EPI: Integrationsstrategien der Städte erfassen, verbessern und gemeinsam umsetzen.',
      lead: 'Was sich das Projekt vorgenommen hatte, in sechs Zielen.',
    },
    en: {
      title: 'Goals of the project',
      menuTitle: 'Goals',
      slug: 'goals',
      description:
        'The six goals of EPI: surveying, improving and jointly implementing the integration strategies of the cities.',
      lead: 'What the project set out to do, in six goals.',
    },
  },
});
