import type { Graph } from 'schema-dts';

/** JSON-LD in the page; `<` is escaped so content can never close the script element. */
export function StructuredData({ data }: { data: Graph }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
    />
  );
}
