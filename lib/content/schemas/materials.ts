import { z } from 'zod';
import { defineCollection } from '../collection-spec';
import { fileName, isoDate, languageCode, text } from '../fields';

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
