import { describe, expect, it } from 'vitest';
import { compareVersions, type BodyPart } from '@/lib/editor/history';
import { page } from './git-repository';

/** The text each side of a word diff stands for. */
const sides = (parts: BodyPart[]) => ({
  old: parts
    .filter((part) => !part.added)
    .map((part) => part.value)
    .join(''),
  current: parts
    .filter((part) => !part.removed)
    .map((part) => part.value)
    .join(''),
});

describe('comparing a version with the current one', () => {
  const old = page('Ziele', 'Die Städte lernen voneinander.\n\n## Wie', 'order: 2\n');
  const current = page('Unsere Ziele', 'Die Städte lernen viel voneinander.\n\n## Wie', 'menuTitle: Ziele\n');

  it('shows the fields side by side, the current order first, and marks what changed', () => {
    const { fields } = compareVersions(old, current);
    expect(fields.map((field) => field.name)).toEqual([
      'template',
      'menu',
      'title',
      'menuTitle',
      'description',
      'order',
    ]);
    expect(fields.filter((field) => field.changed)).toEqual([
      { name: 'title', old: 'Ziele', current: 'Unsere Ziele', changed: true },
      { name: 'menuTitle', old: null, current: 'Ziele', changed: true },
      { name: 'order', old: 2, current: null, changed: true },
    ]);
  });

  it('shows the body as a word diff that adds up to each version', () => {
    const { body } = compareVersions(old, current);
    expect(sides(body)).toEqual({
      old: '\nDie Städte lernen voneinander.\n\n## Wie\n',
      current: '\nDie Städte lernen viel voneinander.\n\n## Wie\n',
    });
    expect(body.filter((part) => part.added || part.removed)).toEqual([
      { value: 'viel ', added: true, removed: false },
    ]);
  });

  it('compares with a file that did not exist as with an empty one, and an unreadable one as body alone', () => {
    const created = compareVersions(null, current);
    expect(created.fields.every((field) => field.changed && field.old === null)).toBe(true);
    expect(created.body).toEqual([
      { value: '\nDie Städte lernen viel voneinander.\n\n## Wie\n', added: true, removed: false },
    ]);
    const broken = '---\ntitle: [unclosed\n---\nText';
    expect(compareVersions(broken, broken)).toEqual({
      fields: [],
      body: [{ value: broken, added: false, removed: false }],
    });
  });
});
