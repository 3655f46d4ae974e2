import type { z } from 'zod';
import type { SourceFile } from './front-matter';
import type { ContentIssue } from './issues';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
};

const formatCodes: Record<string, ContentIssue['code']> = { email: 'bad_email', url: 'bad_url', date: 'bad_date' };

/** Turns zod's technical findings into one plain issue per field. */
export function issuesFromZod(
  source: SourceFile,
  error: z.ZodError,
  examples: Record<string, string | number | boolean>,
  allowedFields: string[],
): ContentIssue[] {
  return error.issues.flatMap((zodIssue): ContentIssue[] => {
    const topKey = String(zodIssue.path[0] ?? '');
    const field = topKey || undefined;
    const at = { severity: 'error' as const, file: source.file, line: source.keyLines[topKey] ?? 1, field };
    const example = String(examples[topKey] ?? '');
    // A field left out (or left empty) is missing, whatever rule its value would have had to follow.
    if (zodIssue.code !== 'unrecognized_keys' && zodIssue.path.length === 1 && source.data[topKey] === undefined)
      return [{ ...at, code: 'missing_field', params: { example } }];
    switch (zodIssue.code) {
      case 'unrecognized_keys':
        return zodIssue.keys.map((key) => ({
          ...at,
          line: source.keyLines[key] ?? 1,
          field: key,
          code: 'unknown_field',
          params: { allowed: allowedFields.join(', ') },
        }));
      case 'invalid_type':
        return [
          {
            ...at,
            code: 'wrong_type',
            params: { expected: typeNames[zodIssue.expected] ?? zodIssue.expected, example },
          },
        ];
      case 'invalid_value':
        return [{ ...at, code: 'bad_choice', params: { options: zodIssue.values.map(String).join(', ') } }];
      case 'too_small':
        if (zodIssue.origin === 'number')
          return [{ ...at, code: 'out_of_range', params: { value: String(zodIssue.input), example } }];
        if (zodIssue.origin === 'array') return [{ ...at, code: 'missing_field', params: { example } }];
        return [
          {
            ...at,
            code: 'too_short',
            params: { minimum: Number(zodIssue.minimum), length: lengthOf(zodIssue.input), example },
          },
        ];
      case 'too_big':
        if (zodIssue.origin === 'number')
          return [{ ...at, code: 'out_of_range', params: { value: String(zodIssue.input), example } }];
        return [
          { ...at, code: 'too_long', params: { maximum: Number(zodIssue.maximum), length: lengthOf(zodIssue.input) } },
        ];
      case 'invalid_format':
        return [
          {
            ...at,
            code: formatCodes[zodIssue.format] ?? 'bad_value',
            params: { value: String(zodIssue.input ?? ''), example },
          },
        ];
      case 'custom': {
        const code = (zodIssue.params?.code ?? 'bad_value') as ContentIssue['code'];
        return [{ ...at, code, params: { value: String(zodIssue.input ?? ''), example } }];
      }
      default:
        return [{ ...at, code: 'bad_value', params: { value: String(zodIssue.input ?? ''), example } }];
    }
  });
}

function lengthOf(input: unknown): number {
  return typeof input === 'string' ? input.length : 0;
}
