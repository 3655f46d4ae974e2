import { z } from 'zod';
import { defineCollection } from '../collection-spec';
import { isoDate, slug, text, webAddress } from '../fields';

/** The project itself: one entry per language in content/project/. */
export const projects = defineCollection({
  folder: 'project',
  shared: z.object({
    shortName: text,
    name: text,
    start: isoDate,
    end: isoDate,
    fund: text,
    grantAgreement: z.string().regex(/^\d+$/),
    fundWebsite: webAddress,
    publisher: slug,
  }),
  localized: z.object({
    fundName: text,
    tagline: text,
    publisherNote: text,
    goals: z.array(text).min(1),
  }),
  hasBody: false,
  sharedExamples: {
    shortName: 'EPI',
    name: 'European Pact for Integration',
    start: '2020-01-01',
    end: '2022-06-30',
    fund: 'AMIF',
    grantAgreement: '863614',
    fundWebsite: 'https://www.example.org/amif',
    publisher: 'pro-arbeit',
  },
  examples: {
    de: {
      fundName: 'Asyl-, Migrations- und Integrationsfonds',
      tagline: 'Lokale Integrationsstrategien gemeinsam verbessern',
      publisherNote: 'Herausgegeben von der Pro Arbeit – Kreis Offenbach – (AöR)',
      goals: '["Bisherige Maßnahmen erfassen", "Partnerschaften aufbauen"]',
    },
    en: {
      fundName: 'Asylum, Migration and Integration Fund',
      tagline: 'Improving local integration strategies together',
      publisherNote: 'Published by Pro Arbeit – Kreis Offenbach – (AöR)',
      goals: '["Take stock of existing measures", "Build partnerships"]',
    },
  },
});
