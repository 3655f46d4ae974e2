import { placeholderPattern } from '@/lib/content/placeholders';

/** Shows a content value, highlighting any [PLATZHALTER: …] still waiting for staff. */
export function PlaceholderText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${placeholderPattern.source})`));
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <mark key={index} className="placeholder">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}
