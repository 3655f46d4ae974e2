import path from 'node:path';
import { editorDataFolder } from '@/lib/editor/auth/data-folder';

/** Where a publish keeps its snapshot of the content: private, and emptied whenever a publish ends or is recovered. */
export const workFolder = () => path.join(editorDataFolder(), 'publish-work');
