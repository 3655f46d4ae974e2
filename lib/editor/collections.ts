import type { CollectionSpec } from '@/lib/content/collection-spec';
import { isEntryKey, scaffoldKinds, type ScaffoldKind } from '@/lib/content/scaffold';
import * as schemas from '@/lib/content/schemas';

/** Every collection, by its folder under content/. */
export const collections: ReadonlyMap<string, CollectionSpec> = new Map(
  schemas.allCollections.map((spec) => [spec.folder, spec]),
);

/** The page template that shows the entries of a collection; a page previews itself. */
export const previewTemplates: Record<string, (typeof schemas.pageTemplates)[number] | undefined> = {
  partners: 'partners',
  contacts: 'contact',
  materials: 'materials',
  project: 'home',
};

/** What `content:new` can scaffold, by folder: "New page / partner / material". */
export const newKinds = new Map(
  Object.entries(scaffoldKinds).map(([kind, spec]) => [kind as ScaffoldKind, spec.folder]),
);

/** Fields whose value is the name of a document uploaded to public/materials/. */
export const uploadFields: Record<string, string | undefined> = { materials: 'file' };

export { isEntryKey, type CollectionSpec };
