import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { routing } from '@/i18n/routing';
import { examplesFor } from '@/lib/content/collection-spec';
import { collections } from '@/lib/editor/collections';
import { formFields } from '@/lib/editor/form-model';
import { toFileValue, toFormValue } from '@/lib/editor/form-values';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

const lookup = (messages: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);

describe('the form generated from each collection schema', () => {
  for (const spec of collections.values()) {
    describe(spec.folder, () => {
      const fields = formFields(spec);

      it('has one input per schema field, the language-independent ones marked as shared', () => {
        expect(fields.map((field) => field.name)).toEqual([
          ...Object.keys(spec.shared.shape),
          ...Object.keys(spec.localized.shape),
        ]);
        for (const field of fields) expect(field.shared, field.name).toBe(field.name in spec.shared.shape);
      });

      it('marks as required exactly the fields the schema cannot do without', () => {
        for (const field of fields) {
          const schema = (field.shared ? spec.shared.shape[field.name] : spec.localized.shape[field.name]) as z.ZodType;
          expect(field.required, field.name).toBe(!schema.safeParse(undefined).success);
        }
      });

      it.each(routing.locales)('accepts its own %s example value in the input it chose', (locale) => {
        const examples = examplesFor(spec, locale);
        for (const field of fields.filter((candidate) => candidate.name in examples)) {
          const example = examples[field.name];
          if (field.kind === 'checkbox') expect(typeof example, field.name).toBe('boolean');
          else if (field.kind === 'number') expect(typeof example, field.name).toBe('number');
          else if (field.kind === 'date') expect(example, field.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          else if (field.kind === 'select' || field.kind === 'checkboxes')
            expect(field.options, field.name).toContain(example);
          else expect(typeof example, field.name).toBe('string');
        }
      });

      it('has a label, a help text and a label for each choice in German and English', () => {
        for (const messages of [de, en]) {
          for (const field of fields) {
            expect(lookup(messages, `Editor.fields.${spec.folder}.${field.name}`), field.name).toEqual(
              expect.any(String),
            );
            expect(lookup(messages, `ContentFields.${spec.folder}.${field.name}`), field.name).toEqual(
              expect.any(String),
            );
            for (const option of field.options ?? []) {
              expect(lookup(messages, `Editor.choices.${spec.folder}.${field.name}.${option}`), option).toEqual(
                expect.any(String),
              );
            }
          }
          expect(lookup(messages, `Editor.collections.${spec.folder}`)).toEqual(expect.any(String));
        }
      });
    });
  }

  it('offers dates as date inputs, e-mail and web addresses as such, fixed choices as selects, lists of choices as checkbox groups and lists of texts one per line', () => {
    const kinds = (folder: string) =>
      Object.fromEntries(formFields(collections.get(folder)!).map((field) => [field.name, field.kind]));
    expect(kinds('pages')).toMatchObject({
      template: 'select',
      menu: 'checkboxes',
      order: 'number',
      updated: 'date',
      draft: 'checkbox',
      description: 'textarea',
    });
    expect(kinds('partners')).toMatchObject({ kind: 'select', website: 'url' });
    expect(kinds('contacts')).toMatchObject({ email: 'email' });
    expect(kinds('project')).toMatchObject({ start: 'date', end: 'date', fundWebsite: 'url', goals: 'lines' });
    expect(kinds('partners')).toMatchObject({ latitude: 'number', longitude: 'number' });
  });
});

describe('form values', () => {
  const goals = formFields(collections.get('project')!).find((field) => field.name === 'goals')!;

  it('show a list of texts one item per line and save each line as an item', () => {
    expect(toFormValue(goals, ['Erfassen', 'Aufbauen'])).toBe('Erfassen\nAufbauen');
    expect(toFileValue(goals, 'Erfassen\n\n  Aufbauen \n')).toEqual(['Erfassen', 'Aufbauen']);
    expect(toFileValue(goals, '\n')).toBeUndefined();
  });
});
