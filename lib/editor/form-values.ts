import type { FormField } from './form-model';
import type { FormValue } from './types';

/** What the form shows for a field, from the value in the file (as YAML read it). */
export function toFormValue(field: FormField, raw: unknown): FormValue {
  switch (field.kind) {
    case 'checkbox':
      return raw === true;
    case 'checkboxes':
      if (raw === undefined || raw === null) return [];
      return (Array.isArray(raw) ? raw : [raw]).map(String);
    case 'lines':
      return Array.isArray(raw) ? raw.map(String).join('\n') : raw === undefined || raw === null ? '' : String(raw);
    default:
      return raw === undefined || raw === null ? '' : String(raw);
  }
}

/** What the file gets for a form value; undefined removes the field from the file. */
export function toFileValue(field: FormField, value: FormValue): unknown {
  if (field.kind === 'checkbox') return value === true;
  if (field.kind === 'lines' && typeof value === 'string') {
    const items = value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  }
  if (Array.isArray(value)) return value.length ? value : undefined;
  if (typeof value !== 'string' || value === '') return undefined;
  // A number that is not one stays text, so that the content check can say what to write instead.
  if (field.kind === 'number' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return value;
}

export function sameValue(a: FormValue, b: FormValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
