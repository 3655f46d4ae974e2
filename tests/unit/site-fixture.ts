import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '@/lib/content';

/** The smallest valid site; a test replaces or adds files to make one mistake. */
export const validSite: Record<string, string | null> = {
  'content/project/epi.de.md': `---
shortName: EPI
name: European Pact for Integration
start: 2020-01-01
end: 2022-06-30
fund: AMIF
grantAgreement: "863614"
fundWebsite: https://www.example.org/amif
publisher: pro-arbeit
fundName: Asyl-, Migrations- und Integrationsfonds
tagline: Integration vor Ort verbessern
publisherNote: Herausgegeben von der Pro Arbeit
goals:
  - Strategien erfassen
  - Partnerschaften aufbauen
---
`,
  'content/project/epi.en.md': `---
fundName: Asylum, Migration and Integration Fund
tagline: Improving integration locally
publisherNote: Published by Pro Arbeit
goals:
  - Take stock of strategies
  - Build partnerships
---
`,
  'content/pages/home.de.md': `---
template: home
menu: header
order: 1
title: Startseite des Projekts
description: Eine Beschreibung der Startseite, die lang genug ist für Suchmaschinen.
---
Willkommen. Zu den [Zielen](page:goals).
`,
  'content/pages/home.en.md': `---
title: Project home
description: A description of the home page that is long enough for search engines.
---
Welcome. See the [goals](page:goals).
`,
  'content/pages/goals.de.md': `---
menu: header
order: 2
title: Ziele
slug: ziele
description: Die Ziele des Projekts, in einem Satz beschrieben, lang genug für die Prüfung.
---
## Unsere Ziele
`,
  'content/pages/goals.en.md': `---
title: Goals
slug: goals
description: The goals of the project, described in one sentence, long enough for the check.
---
## Our goals
`,
  'content/partners/pro-arbeit.de.md': `---
name: Pro Arbeit – Kreis Offenbach – (AöR)
nameLanguage: de
kind: local
country: DE
city: Dietzenbach
---
`,
  'content/contacts/person.de.md': `---
name: Erika Mustermann
organisation: pro-arbeit
phone: "+49 6074 8058-000"
email: e.mustermann@example.org
role: Ansprechpartnerin
---
`,
  'content/contacts/person.en.md': `---
role: Contact person
---
`,
};

/** Writes the valid site with `changes` applied (null leaves a file out) into a new temporary folder. */
export function writeSite(changes: Record<string, string | null> = {}): string {
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-content-'));
  for (const [file, text] of Object.entries({ ...validSite, ...changes })) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(projectDir, file)), { recursive: true });
    fs.writeFileSync(path.join(projectDir, file), text);
  }
  return projectDir;
}

/** Checks the valid site with `changes` applied. */
export function checkSite(changes: Record<string, string | null> = {}) {
  const projectDir = writeSite(changes);
  const result = checkContent({ projectDir, includeDrafts: false });
  fs.rmSync(projectDir, { recursive: true, force: true });
  return result;
}
