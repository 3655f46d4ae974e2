import { z } from 'zod';

/** Lower-case words joined by single hyphens: the one rule for entry keys (file names) and slugs. */
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Calendar date written as YYYY-MM-DD; 2021-02-30 is rejected, not rolled over. */
export const isoDate = z.iso.date();

export const slug = z.string().refine((value) => kebabCase.test(value), { params: { code: 'bad_slug' } });

export const languageCode = z
  .string()
  .refine((value) => /^[a-z]{2}$/.test(value) && hasDisplayName('language', value), {
    params: { code: 'bad_language' },
  });

export const countryCode = z.string().refine((value) => /^[A-Z]{2}$/.test(value) && hasDisplayName('region', value), {
  params: { code: 'bad_country' },
});

export const phone = z.string().refine((value) => /^\+[1-9][\d ()/-]{6,}$/.test(value) && !value.includes('(0)'), {
  params: { code: 'bad_phone' },
});

export const email = z.email();

/** A plain file name with an extension, no folder: what staff put into public/materials/. */
export const fileName = z.string().refine((value) => /^[\w.-]+\.[a-z0-9]+$/i.test(value) && !value.startsWith('.'), {
  params: { code: 'bad_file_name' },
});

export const webAddress = z.url({ protocol: /^https$/ });

const displayNames = {
  language: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }),
  region: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }),
};

function hasDisplayName(type: 'language' | 'region', code: string): boolean {
  try {
    return displayNames[type].of(code) !== undefined;
  } catch {
    return false;
  }
}

/** A page's text between 50 and 160 characters, as search engines show it. */
export const description = z.string().min(50).max(160);

export const text = z.string().trim().min(1);
