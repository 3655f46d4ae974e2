import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { FieldComparison } from '@/lib/editor/history';
import { TableHead } from './TableHead';

interface FieldComparisonTableProps {
  lang: Locale;
  folder: string;
  caption: string;
  fields: FieldComparison[];
}

/** The front-matter fields of a version and of the current file side by side; each row says in words if it changed. */
export async function FieldComparisonTable({ lang, folder, caption, fields }: FieldComparisonTableProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const label = (name: string) => {
    const key = `fields.${folder}.${name}` as 'fields.pages.title';
    return t.has(key) ? t(key) : name;
  };
  const shown = (value: unknown) => (value === null ? t('history.unset') : displayValue(value));
  return (
    <table className="mb-4 w-full border-collapse text-left">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <TableHead
        labels={(['field', 'old', 'now', 'state'] as const).map((column) => t(`history.${column}`))}
        cellClassName="p-2"
      />
      <tbody>
        {fields.map((field) => (
          <tr key={field.name} className={`border-b border-line ${field.changed ? 'bg-accent-soft' : ''}`}>
            <th scope="row" className="p-2 font-semibold">
              {label(field.name)}
            </th>
            <td className="p-2 break-words">{shown(field.old)}</td>
            <td className="p-2 break-words">{shown(field.current)}</td>
            <td className={`p-2 ${field.changed ? 'font-bold' : ''}`}>
              {t(field.changed ? 'history.changed' : 'history.same')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A front-matter value as staff wrote it: lists joined, dates as YYYY-MM-DD. */
function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
