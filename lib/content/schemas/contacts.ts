import { z } from 'zod';
import { defineCollection } from '../collection-spec';
import { email, phone, slug, text } from '../fields';

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
