/** Step of `npm run build:static` between the content check and `next build` (scripts/build/discard-previous-export.ts). */
import { exportBuildDir, exportDir } from '../lib/build-output';
import { discardPreviousExport } from './build/discard-previous-export';

discardPreviousExport(process.cwd(), exportBuildDir, exportDir, 'node_modules/.cache/epi/discarded');
