import { z } from 'zod';
import type { CollectionSpec } from './collections';

export type FieldKind =
  'text' | 'textarea' | 'lines' | 'number' | 'date' | 'email' | 'url' | 'select' | 'checkbox' | 'checkboxes';

/** One input of the form, derived from a collection's zod schema. */
export interface FormField {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** Written once, in the German file (the same in every language). */
  shared: boolean;
  options?: string[];
  minimum?: number;
  maxLength?: number;
  /** What the site assumes when the field is left out. */
  defaultValue?: unknown;
}

interface JsonProperty {
  type?: string;
  enum?: string[];
  format?: string;
  items?: JsonProperty;
  minimum?: number;
  maxLength?: number;
  default?: unknown;
}

const stringKinds: Record<string, FieldKind> = { date: 'date', email: 'email', uri: 'url' };

/** The form of a collection: the language-independent fields first, then the translated ones. */
export function formFields(spec: CollectionSpec): FormField[] {
  return [...fieldsOf(spec.shared, true), ...fieldsOf(spec.localized, false)];
}

function fieldsOf(schema: z.ZodObject, shared: boolean): FormField[] {
  // The input side is what staff write: `menu: header` before it becomes a list, a default before it is filled in.
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as {
    properties: Record<string, JsonProperty>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, property]) => ({
    name,
    shared,
    required: json.required?.includes(name) ?? false,
    defaultValue: property.default,
    ...input(name, property),
  }));
}

function input(name: string, property: JsonProperty): Pick<FormField, 'kind' | 'options' | 'minimum' | 'maxLength'> {
  if (property.type === 'boolean') return { kind: 'checkbox' };
  if (property.type === 'integer' || property.type === 'number') return { kind: 'number', minimum: property.minimum };
  if (property.type === 'array' && property.items?.enum) return { kind: 'checkboxes', options: property.items.enum };
  // A list of texts (the project's goals): one item per line.
  if (property.type === 'array' && property.items?.type === 'string') return { kind: 'lines' };
  if (property.type === 'string' && property.enum) return { kind: 'select', options: property.enum };
  if (property.type === 'string') {
    const long = (property.maxLength ?? 0) > 100;
    return { kind: stringKinds[property.format ?? ''] ?? (long ? 'textarea' : 'text'), maxLength: property.maxLength };
  }
  throw new Error(`No form input for the field "${name}": ${JSON.stringify(property)}`);
}
