/** The schema of each collection, one file each: a folder of Markdown files and the fields its entries have. */
import { contacts } from './contacts';
import { materials } from './materials';
import { pages } from './pages';
import { partners } from './partners';
import { projects } from './project';

export { legalTemplates, menus, pageTemplates, pages, type Menu } from './pages';
export { partnerKinds, partners } from './partners';
export { contacts, materials, projects };

/** Every collection, in the order staff meet them. */
export const allCollections = [pages, partners, contacts, materials, projects] as const;
