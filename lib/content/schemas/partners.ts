import { z } from 'zod';
import { defineCollection } from '../collection-spec';
import { countryCode, fileName, languageCode, text, webAddress } from '../fields';

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
    // A picture in content/images, shown in the partner's card.
    logo: fileName.optional(),
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
    logo: 'ravenna.png',
  },
  examples: {
    de: { nameTranslation: 'Stadt Ravenna', role: 'Partnerstadt' },
    en: { nameTranslation: 'City of Ravenna', role: 'Partner city' },
  },
});
