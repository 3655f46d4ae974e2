/** Staff mark a missing fact as [PLATZHALTER: what to fill in]; it is shown highlighted and listed by the content check. */
export const placeholderPattern = /\[PLATZHALTER:[^\]]*\]/g;

export function hasPlaceholder(text: string): boolean {
  return new RegExp(placeholderPattern.source).test(text);
}
