/** Shows Markdown that lib/content has already rendered and sanitized. */
export function Prose({ html }: { html: string }) {
  return <div className="prose prose-site max-w-3xl" dangerouslySetInnerHTML={{ __html: html }} />;
}
