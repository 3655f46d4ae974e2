import { routing } from '@/i18n/routing';
import type { Site } from '@/lib/content';
import type { LoadedEntry } from './entry';
import { toKebabCase } from './names';
import { materialFile } from './paths';

/** Documents staff may offer for download: type by file name, checked against the file's first bytes. */
const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const zip = [0x50, 0x4b, 0x03, 0x04]; // Office and OpenDocument files are ZIP archives.
export const allowedTypes: Record<string, number[]> = {
  pdf,
  docx: zip,
  xlsx: zip,
  pptx: zip,
  odt: zip,
  ods: zip,
  odp: zip,
};

export const maxUploadBytes = 20 * 1024 * 1024;

/** A file name safe on every system and in a URL: lower case a–z, 0–9 and dashes, with its extension. */
export function safeFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = base.slice(dot + 1).toLowerCase();
  if (dot <= 0 || !(extension in allowedTypes)) return undefined;
  const stem = toKebabCase(base.slice(0, dot));
  return stem ? `${stem}.${extension}` : undefined;
}

/** Whether the bytes are what the name says: a PDF must start like one, an Office file like a ZIP archive. */
export function matchesType(fileName: string, bytes: Uint8Array): boolean {
  const signature = allowedTypes[fileName.slice(fileName.lastIndexOf('.') + 1)];
  return signature !== undefined && signature.every((byte, index) => bytes[index] === byte);
}

/** The name itself, or with -2, -3 … when a document of that name exists: an upload never replaces one. */
export function freeName(name: string, exists: (candidate: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  for (let number = 1; ; number++) {
    const candidate = number === 1 ? name : `${name.slice(0, dot)}-${number}${name.slice(dot)}`;
    if (!exists(candidate)) return candidate;
  }
}

/** The document a deleted material leaves behind, unless a remaining material (in `site`, the content without it) offers it too. */
export function orphanedDocument(entry: LoadedEntry, site: Site | undefined): string | undefined {
  const file = entry.ref.folder === 'materials' ? entry.form[routing.defaultLocale].values.file : undefined;
  if (typeof file !== 'string' || !file || !site || site.materials.some((material) => material.shared.file === file))
    return undefined;
  return materialFile(file);
}
