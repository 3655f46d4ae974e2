import type { z } from 'zod';

/**
 * A collection is a folder of `<key>.<locale>.md` files. Facts that do not
 * depend on the language (`shared`) are written once, in the German file;
 * the other file holds only `localized` fields and is merged over it.
 */
export interface CollectionSpec<Shared extends z.ZodRawShape, Localized extends z.ZodRawShape> {
  folder: string;
  shared: z.ZodObject<Shared>;
  localized: z.ZodObject<Localized>;
  /** Whether the Markdown below the front matter is shown on the site. */
  hasBody: boolean;
  /** One valid example value per field, quoted in messages and in new files (German)… */
  examples: Record<keyof Shared | keyof Localized, string | number | boolean>;
  /** …and for the translated fields in English. */
  englishExamples: Record<keyof Localized, string>;
}

export const defineCollection = <S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: CollectionSpec<S, L>) => spec;

/** The fields of an entry once both of its files are read: shared facts and one language's text. */
export type FieldsOf<Spec> =
  Spec extends CollectionSpec<infer S, infer L> ? z.output<z.ZodObject<S>> & z.output<z.ZodObject<L>> : never;
