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

const legalPage = (template: string, title: string, slug: string, description: string, body: string) =>
  `---\n${template ? `template: ${template}\nmenu: footer\n` : ''}title: ${title}\nslug: ${slug}\ndescription: "${description}"\n---\n${body}`;

/**
 * The three pages the law requires, each stating every fact the content rules ask for (lib/content/legal-facts.ts),
 * in as few words as will do; a test adds them to the valid site and takes one fact away.
 */
export const legalPages: Record<string, string> = {
  'content/pages/imprint.de.md': legalPage(
    'imprint',
    'Impressum',
    'impressum',
    'Wer diese Website herausgibt: Anbieter, Vertretung, Anschrift und Kontakt.',
    `Pro Arbeit – Kreis Offenbach – (AöR), eine Anstalt des öffentlichen Rechts, Abteilung Beispiel.

Vertreten durch den Vorstand: Erika Mustermann.

Musterstraße 1, 12345 Musterstadt

[post@example.org](mailto:post@example.org), [+49 6074 1234-0](tel:+49607412340)

Nicht in ein Handelsregister eingetragen.
`,
  ),
  'content/pages/imprint.en.md': legalPage(
    '',
    'Legal notice',
    'legal-notice',
    'Who publishes this website: provider, representation, address and contact.',
    `Pro Arbeit – Kreis Offenbach – (AöR), a public-law institution, department of examples.

Represented by its Executive Board: Erika Mustermann.

Musterstraße 1, 12345 Musterstadt, Germany

[post@example.org](mailto:post@example.org), [+49 6074 1234-0](tel:+49607412340)

Not entered in a commercial register.
`,
  ),
  'content/pages/privacy.de.md': legalPage(
    'privacy',
    'Datenschutz',
    'datenschutz',
    'Welche Daten die Website verarbeitet, auf welcher Grundlage, und Ihre Rechte.',
    `Verantwortlich ist die Pro Arbeit – Kreis Offenbach – (AöR), Musterstraße 1, 12345 Musterstadt, [post@example.org](mailto:post@example.org). Datenschutzbeauftragte: Erika Mustermann.

Keine Cookies. Protokolle nach Art. 6 Abs. 1 Buchst. e DSGVO und HDSIG, 14 Tage lang; Hosting nach Art. 28 DSGVO.

Ihre Rechte: Art. 15 bis 18 und 21 DSGVO. Beschwerde beim HBDI.
`,
  ),
  'content/pages/privacy.en.md': legalPage(
    '',
    'Privacy',
    'privacy',
    'Which data the website processes, on which legal basis, and your rights.',
    `The controller is Pro Arbeit – Kreis Offenbach – (AöR), Musterstraße 1, 12345 Musterstadt, [post@example.org](mailto:post@example.org). Data protection officer: Erika Mustermann.

No cookies. Logs under Art. 6(1)(e) GDPR and the HDSIG, kept for 14 days; hosting under Art. 28 GDPR.

Your rights: Art. 15, Art. 16, Art. 17, Art. 18 and Art. 21 GDPR. Complaints to the HBDI.
`,
  ),
  'content/pages/accessibility.de.md': legalPage(
    'accessibility',
    'Barrierefreiheit',
    'barrierefreiheit',
    'Wie barrierefrei die Website ist, wie Sie Barrieren melden und an wen Sie sich wenden.',
    `Die Website der Pro Arbeit – Kreis Offenbach – (AöR) ist nach HessBGG und HVBIT am Maßstab WCAG 2.1 teilweise barrierefrei.

Barrieren melden: [post@example.org](mailto:post@example.org). Durchsetzungsverfahren: beim LBIT.

Stand: 25. November 2026.
`,
  ),
  'content/pages/accessibility.en.md': legalPage(
    '',
    'Accessibility',
    'accessibility',
    'How accessible the website is, how to report barriers and whom to turn to.',
    `The website of Pro Arbeit – Kreis Offenbach – (AöR) is partially compliant with WCAG 2.1 under the HessBGG and the HVBIT.

Report barriers: [post@example.org](mailto:post@example.org). Enforcement procedure: with the LBIT.

Date: 25 November 2026.
`,
  ),
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
