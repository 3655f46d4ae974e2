import { describe, expect, it } from 'vitest';
import { issueCodes } from '@/lib/content';
import de from '@/messages/de.json';
import en from '@/messages/en.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('UI messages', () => {
  it('have the same keys in German and English', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  it('have no empty texts', () => {
    for (const messages of [de, en]) {
      for (const key of keys(messages)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(value, key).not.toBe('');
      }
    }
  });

  it.each([
    ['de', de],
    ['en', en],
  ])('in %s describe every content issue code with a problem and a fix, and nothing else', (_language, messages) => {
    expect(Object.keys(messages.ContentCheck.problem).sort()).toEqual([...issueCodes].sort());
    expect(Object.keys(messages.ContentCheck.fix).sort()).toEqual([...issueCodes].sort());
  });
});
