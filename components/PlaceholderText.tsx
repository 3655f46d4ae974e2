import { splitPlaceholders } from '@/lib/content';

/** Shows a content value, highlighting any [PLATZHALTER: …] still waiting for staff. */
export function PlaceholderText({ text }: { text: string }) {
  return splitPlaceholders(text).map((part, index) =>
    part.placeholder ? (
      <mark key={index} className="placeholder">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
