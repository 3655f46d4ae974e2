import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { parseFrontMatter } from '@/lib/content';

/** A change to one file: new values of the fields that changed (undefined removes one), and the new body. */
export interface FileChange {
  fields: Record<string, unknown>;
  body?: string;
  /** Field order of the schema: a field new to the file goes where this order puts it. */
  order: string[];
}

const yamlOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The file as a person would save it: only the changed fields and the body are touched; key order,
 * comments, quotes and list style stay as written; nothing changed means the same bytes.
 */
export function writeFile(original: string | null, change: FileChange): string {
  const { head, frontMatter, tail, body } = split(original);
  const changed = Object.keys(change.fields).length > 0;
  const newBody = change.body ?? body;
  if (!changed && newBody === body && original !== null) return original;
  if (!changed) return `${head}${frontMatter}${tail}${newBody}`;
  const doc = parseDocument(frontMatter, { schema: 'core' });
  for (const [key, value] of Object.entries(change.fields)) setField(doc, key, value, change.order);
  return `${head}${doc.toString(yamlOptions)}${tail}${newBody}`;
}

/** The file's parts: opening fence, front matter, closing fence, body (as lib/content reads it). */
function split(original: string | null) {
  if (original === null) return { head: '---\n', frontMatter: '', tail: '---\n', body: '' };
  const parsed = parseFrontMatter(original);
  const body = 'body' in parsed && original.endsWith(parsed.body) ? parsed.body : '';
  const fences = /^(---[^\n]*\n)([\s\S]*?)(---[^\n]*\n?)$/.exec(original.slice(0, original.length - body.length));
  if (!fences) return { head: '---\n', frontMatter: '', tail: '---\n', body: original };
  return { head: fences[1], frontMatter: fences[2], tail: fences[3], body };
}

function setField(doc: Document, key: string, value: unknown, order: string[]) {
  if (value === undefined) {
    doc.delete(key);
    return;
  }
  const node = doc.get(key, true);
  if (isScalar(node) && !Array.isArray(value)) {
    // The same node keeps its comment and quoting style.
    node.value = value;
    return;
  }
  const created = doc.createNode(value);
  // A list keeps the style it was written in; a new one of short words (menus) stays on one line, longer texts one per line.
  if (isSeq(created))
    created.flow = isSeq(node) ? Boolean(node.flow) : (value as unknown[]).every((item) => String(item).length <= 20);
  if (node !== undefined) {
    if ((isScalar(node) || isSeq(node)) && (isScalar(created) || isSeq(created))) created.comment = node.comment;
    doc.set(key, created);
    return;
  }
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  const map = doc.contents as unknown as { items: { key: unknown }[] };
  const position = order.indexOf(key);
  const next = map.items.findIndex(
    (pair) => order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key)) > position,
  );
  const pair = doc.createPair(key, created);
  map.items.splice(next === -1 ? map.items.length : next, 0, pair);
}
