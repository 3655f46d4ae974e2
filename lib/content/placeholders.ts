/** Staff mark a missing fact as [PLATZHALTER: what to fill in]; it is shown highlighted and listed by the content check. */
export const placeholderPattern = /\[PLATZHALTER:[^\]]*\]/g;

export function hasPlaceholder(text: string): boolean {
  return new RegExp(placeholderPattern.source).test(text);
}

/** A text cut into plain runs and placeholders, for whatever draws the highlight (HTML from Markdown, or React). */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), placeholder: false });
    parts.push({ text: match[0], placeholder: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
}
