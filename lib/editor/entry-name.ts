/** The fields that name an entry, the first one it has: pages and materials a title, partners and contacts a name, the project its short name. */
const nameFields = ['title', 'name', 'shortName'];

/** What an entry is called, from its fields as a file or the form holds them (no code of the server: the browser uses it too). */
export function entryName(values: Record<string, unknown>): string | undefined {
  const field = nameFields.find((name) => typeof values[name] === 'string' && values[name].trim() !== '');
  return field === undefined ? undefined : String(values[field]);
}
