/** The history of content: every save a commit, every version readable, comparable and restorable. */
export { commitMessage, restoreMessage, type EntryChange, type EntryName } from './commit-message';
export { commitSave, InvalidAuthorError, type Author, type SaveCommit } from './commit-save';
export { compareVersions, type BodyPart, type Comparison, type FieldComparison } from './compare';
export { entryChange, entryName, type EntryTexts } from './entry-change';
export { restoreVersion } from './restore';
export { findVersion, listVersions, readVersion, UnknownVersionError, type Version } from './versions';
