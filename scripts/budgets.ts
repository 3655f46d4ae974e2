/**
 * `npm run budgets`: the page-weight budgets (scripts/bench/weight.ts) on both builds as they are on disk, without a
 * browser or a server; `npm test` runs it after building both modes.
 */
import { targetsTable } from './bench/report';
import { brokenBudgets, weighBuilds, weightTargets } from './bench/weight';

const pages = weighBuilds();
const broken = brokenBudgets(pages);
console.log(`${pages.length} pages of both builds:\n\n${targetsTable(weightTargets(pages))}\n`);
for (const line of broken) console.error(`✖ ${line}`);
console.log(broken.length ? `${broken.length} budgets broken.` : 'Every page is within its budgets.');
process.exitCode = broken.length ? 1 : 0;
