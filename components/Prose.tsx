/** Shows Markdown that lib/content has already rendered and sanitized. */
export function Prose({ html }: { html: string }) {
  return (
    <div
      className="prose prose-slate max-w-none prose-a:text-eu prose-headings:text-ink"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
