import { z } from 'zod';
import { defineCollection } from './collection-spec';
import {
  countryCode,
  description,
  email,
  fileName,
  isoDate,
  languageCode,
  phone,
  slug,
  text,
  webAddress,
} from './fields';
import { projects } from './project-schema';

export { projects };

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

/**
 * city: the body through which a partner city took part (its administration or one of its agencies); technical: one
 * of the project's technical partners;
 * local: a city's own technical partner outside that list (Pro Arbeit for Dietzenbach).
 */
export const partnerKinds = ['city', 'technical', 'local'] as const;

export const partners = defineCollection({
  folder: 'partners',
  shared: z.object({
    name: text,
    nameLanguage: languageCode,
    kind: z.enum(partnerKinds),
    country: countryCode,
    // Unknown seats are left out (the country is shown alone); a partner city needs its city and position on the map.
    city: text.optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    website: webAddress.optional(),
  }),
  localized: z.object({
    // The name in the page's language, shown beside the partner's own name when that is in another language.
    nameTranslation: text.optional(),
    role: text.optional(),
  }),
  hasBody: false,
  sharedExamples: {
    name: 'Comune di Ravenna',
    nameLanguage: 'it',
    kind: 'city',
    country: 'IT',
    city: 'Ravenna',
    latitude: 44.42,
    longitude: 12.2,
    website: 'https://www.example.org',
  },
  examples: {
    de: { nameTranslation: 'Stadt Ravenna', role: 'Partnerstadt' },
    en: { nameTranslation: 'City of Ravenna', role: 'Partner city' },
  },
});

export const contacts = defineCollection({
  folder: 'contacts',
  shared: z.object({
    name: text,
    organisation: slug,
    phone,
    email,
    order: z.number().int().min(0).default(100),
  }),
  localized: z.object({
    role: text,
  }),
  hasBody: false,
  sharedExamples: {
    name: 'Erika Mustermann',
    organisation: 'pro-arbeit',
    phone: '+49 6074 8058-000',
    email: 'e.mustermann@proarbeit-kreis-of.de',
    order: 1,
  },
  examples: {
    de: {
      role: 'Ansprechpartnerin',
    },
    en: { role: 'Contact person' },
  },
});

export const materials = defineCollection({
  folder: 'materials',
  shared: z.object({
    file: fileName,
    language: languageCode,
    date: isoDate,
  }),
  localized: z.object({
    title: text,
    summary: text.optional(),
  }),
  hasBody: false,
  sharedExamples: {
    file: 'epi-abschlussbericht.pdf',
    language: 'de',
    date: '2022-06-30',
  },
  examples: {
    de: {
      title: 'Abschlussbericht des Projekts',
      summary: 'Ergebnisse der Pilotphase in Dietzenbach',
    },
    en: { title: 'Final report of the project', summary: 'Results of the pilot phase in Dietzenbach' },
  },
});

/** Every collection, in the order staff meet them. */
export const allCollections = [pages, partners, contacts, materials, projects] as const;
