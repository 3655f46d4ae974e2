import fs from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content/root';
import { isEntryKey, scaffoldFiles, scaffoldKinds, type ScaffoldKind } from '../lib/content/scaffold';

/** `npm run content:new -- <page|partner|material> <key>`: new files to fill in; never overwrites. */
const [kind, key] = process.argv.slice(2);
const kinds = Object.keys(scaffoldKinds);

if (!kinds.includes(kind) || !isEntryKey(key ?? '')) {
  console.error(`Aufruf / usage: npm run content:new -- <${kinds.join('|')}> <name>   (name: a–z, 0–9, -)`);
  process.exit(2);
}

const root = contentRoot();
const files = scaffoldFiles(kind as ScaffoldKind, key);
const existing = Object.keys(files).filter((file) => fs.existsSync(path.join(root, file)));
if (existing.length > 0) {
  console.error(`Nicht überschrieben, gibt es schon / not overwritten, already exists: ${existing.join(', ')}`);
  process.exit(1);
}
for (const [file, text] of Object.entries(files)) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text, { flag: 'wx' });
  console.log(`+ ${file}`);
}
console.log(
  'Füllen Sie die Felder aus (ein leeres Feld gilt als weggelassen), dann: npm run content:check / ' +
    'Fill in the fields (an empty one counts as left out), then: npm run content:check',
);
