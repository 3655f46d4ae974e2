import type { ContentIssue } from './issues';
import type { Collections } from './load';
import * as schemas from './schemas';
import type { EntryOf } from './validate';
import type { ContentSource } from './source';

export type MaterialEntry = EntryOf<typeof schemas.materials> & { bytes: number };

/** The rules that span entries: partners that are referred to exist, exactly one project, dates in order. */
export function checkReferences({ partners, contacts, projects }: Collections, issues: ContentIssue[]) {
  const partnerKeys = new Set(partners.map((partner) => partner.key));
  for (const contact of contacts)
    checkPartnerKey(contact, 'organisation', contact.shared.organisation, partnerKeys, issues);
  checkPartnerCities(partners, issues);
  for (const project of projects) {
    checkPartnerKey(project, 'publisher', project.shared.publisher, partnerKeys, issues);
    if (project.shared.end < project.shared.start) {
      issues.push({
        severity: 'error',
        file: project.baseFile,
        line: project.baseLines.end,
        field: 'end',
        code: 'end_before_start',
      });
    }
  }
  if (projects.length !== 1) {
    issues.push({
      severity: 'error',
      file: 'content/project',
      code: 'one_project',
      params: { count: projects.length },
    });
  }
}

/** Every material's document must be in public/materials/; its size is measured for the download link. */
export function checkMaterialFiles(
  materials: Collections['materials'],
  source: ContentSource,
  issues: ContentIssue[],
): MaterialEntry[] {
  return materials.flatMap((entry) => {
    const file = `public/materials/${entry.shared.file}`;
    const bytes = source.size(file);
    if (bytes === undefined) {
      issues.push({
        severity: 'error',
        file: entry.baseFile,
        line: entry.baseLines.file,
        field: 'file',
        code: 'missing_file',
        params: { value: file },
      });
      return [];
    }
    return [{ ...entry, bytes }];
  });
}

/** A partner city stands on the map by name and position: fields that are optional for other partners. */
function checkPartnerCities(partners: Collections['partners'], issues: ContentIssue[]) {
  for (const partner of partners) {
    if (partner.shared.kind !== 'city') continue;
    for (const field of ['city', 'latitude', 'longitude'] as const) {
      if (partner.shared[field] !== undefined) continue;
      const example = String(schemas.partners.sharedExamples[field]);
      issues.push({
        severity: 'error',
        file: partner.baseFile,
        line: partner.baseLines.kind,
        field,
        code: 'city_needs_field',
        params: { example },
      });
    }
  }
}

function checkPartnerKey(
  entry: { baseFile: string; baseLines: Record<string, number> },
  field: string,
  value: string,
  known: Set<string>,
  issues: ContentIssue[],
) {
  if (known.has(value)) return;
  const line = entry.baseLines[field];
  issues.push({
    severity: 'error',
    file: entry.baseFile,
    line,
    field,
    code: 'unknown_partner',
    params: { value, known: [...known].join(', ') },
  });
}
