const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

/** Text as lower-case words of a–z and 0–9 joined by single hyphens (ä → ae, accents dropped), at most 80 characters. */
export function toKebabCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßæøå]/g, (letter) => transliterations[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
