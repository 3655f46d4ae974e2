import { z } from 'zod';

/** Calendar date written as YYYY-MM-DD; 2021-02-30 is rejected, not rolled over. */
export const isoDate = z.string().refine(
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { params: { code: 'bad_date' } },
);

export const slug = z
  .string()
  .refine((value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value), { params: { code: 'bad_slug' } });

export const languageCode = z
  .string()
  .refine((value) => /^[a-z]{2}$/.test(value) && hasDisplayName('language', value), {
    params: { code: 'bad_language' },
  });

export const countryCode = z
  .string()
  .refine((value) => /^[A-Z]{2}$/.test(value) && hasDisplayName('region', value), {
    params: { code: 'bad_country' },
  });

export const phone = z
  .string()
  .refine((value) => /^\+[1-9][\d ()/-]{6,}$/.test(value) && !value.includes('(0)'), {
    params: { code: 'bad_phone' },
  });

export const email = z.email();

export const webAddress = z.url({ protocol: /^https$/ });

function hasDisplayName(type: 'language' | 'region', code: string): boolean {
  try {
    return new Intl.DisplayNames(['en'], { type, fallback: 'none' }).of(code) !== undefined;
  } catch {
    return false;
  }
}

/** A page's text between 50 and 160 characters, as search engines show it. */
export const description = z.string().min(50).max(160);

export const text = z.string().trim().min(1);
