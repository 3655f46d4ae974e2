import type { z } from 'zod';
import type { Locale } from '../../i18n/routing';

export type Example = string | number | boolean;

/**
 * A collection is a folder of `<key>.<locale>.md` files. Facts that do not
 * depend on the language (`shared`) are written once, in the German file;
 * the other file holds only `localized` fields and is merged over it.
 */
export interface CollectionSpec<
  Shared extends z.ZodRawShape = z.ZodRawShape,
  Localized extends z.ZodRawShape = z.ZodRawShape,
> {
  folder: string;
  shared: z.ZodObject<Shared>;
  localized: z.ZodObject<Localized>;
  /** Whether the Markdown below the front matter is shown on the site. */
  hasBody: boolean;
  /** One valid example value per shared field, quoted in messages and written into new files… */
  sharedExamples: Record<keyof Shared, Example>;
  /** …and per translated field, in each language. */
  examples: Record<Locale, Record<keyof Localized, Example>>;
}

/** The examples for a file in `locale`: its translated fields in that language, and the shared ones. */
export const examplesFor = (spec: CollectionSpec, locale: Locale): Record<string, Example> => ({
  ...spec.sharedExamples,
  ...spec.examples[locale],
});

export const defineCollection = <S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: CollectionSpec<S, L>) => spec;

/** The fields of an entry once both of its files are read: shared facts and one language's text. */
export type FieldsOf<Spec> =
  Spec extends CollectionSpec<infer S, infer L> ? z.output<z.ZodObject<S>> & z.output<z.ZodObject<L>> : never;
