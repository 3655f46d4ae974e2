// More files than a site has: beyond it the memory is emptied rather than grown without end.
const limit = 1000;

/**
 * A value per file that outlives one check, shared by all bundles of the process (each has its own copy of this module).
 * The editor checks the whole site at every pause in typing with one file changed: the others are read as before.
 */
export function rememberedByFile<T>(name: string) {
  const shared = globalThis as typeof globalThis & { [key: symbol]: Map<string, T> | undefined };
  const kept = (shared[Symbol.for(`epi.content.${name}`)] ??= new Map<string, T>());
  return {
    get: (file: string) => kept.get(file),
    set(file: string, value: T) {
      if (kept.size >= limit) kept.clear();
      kept.set(file, value);
    },
  };
}
