import { createTranslator } from 'next-intl';
import { regionalLocales, routing, type Locale } from '@/i18n/routing';
import de from '@/messages/de.json';

/** An entry as the history names it: its collection and the name staff know it by. */
export interface EntryName {
  folder: string;
  name: string;
}

/** What one save did to one entry: the facts its commit message tells. */
export interface EntryChange extends EntryName {
  kind: 'created' | 'changed' | 'deleted';
  /** Languages whose file changed, in the site's order. */
  languages: Locale[];
  /** Front-matter fields whose value changed, by name. */
  fields: string[];
  body: boolean;
  addedLanguages: Locale[];
  removedLanguages: Locale[];
}

// One history for all staff: it is written in the site's main language, whichever language the editor shows.
const t = createTranslator({ locale: routing.defaultLocale, messages: de, namespace: 'History.commit' });
const fieldLabels = de.Editor.fields as Record<string, Record<string, string> | undefined>;
// The organisation works in Germany: a version's time is told as its staff saw it on the clock.
const versionDate = new Intl.DateTimeFormat(regionalLocales[routing.defaultLocale], {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** E.g. `Ziele (de, en): Titel, Text geändert`, then the person's note after a blank line. */
export function commitMessage(change: EntryChange, note?: string): string {
  if (change.kind === 'created')
    return withNote(t('created', { folder: change.folder, name: oneLine(change.name) }), note);
  const parts: string[] = [];
  if (change.kind === 'deleted') parts.push(t('deleted'));
  else {
    const items = change.fields.map((field) => fieldLabels[change.folder]?.[field] ?? field);
    if (change.body) items.push(t('body'));
    if (items.length > 0) parts.push(t('changed', { items: items.join(', ') }));
    for (const language of change.addedLanguages) parts.push(t('languageAdded', { language }));
    for (const language of change.removedLanguages) parts.push(t('languageRemoved', { language }));
    if (parts.length === 0) parts.push(t('notation'));
  }
  const subject = t('subject', {
    entry: entryLabel(change),
    languages: change.languages.join(', '),
    changes: parts.join('; '),
  });
  return withNote(subject, note);
}

/** E.g. `Ziele: Fassung vom 3. Dezember 2026 um 14:05 wiederhergestellt`; `date` is the version's ISO date. */
export function restoreMessage(entry: EntryName, date: string, note?: string): string {
  return withNote(t('restored', { entry: entryLabel(entry), date: versionDate.format(new Date(date)) }), note);
}

/** E.g. `Dokument bericht.pdf hochgeladen`; `file` is its path under public/materials/. */
export function uploadMessage(file: string): string {
  return t('uploaded', { file: oneLine(file.slice(file.lastIndexOf('/') + 1)) });
}

function entryLabel({ folder, name }: EntryName): string {
  return t('entry', { folder, name: oneLine(name) });
}

const oneLine = (text: string) => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

/** The note as typed, on its own lines: line breaks kept, other control characters dropped. */
function withNote(subject: string, note = ''): string {
  const lines = note
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .trim();
  return lines ? `${subject}\n\n${lines}` : subject;
}
