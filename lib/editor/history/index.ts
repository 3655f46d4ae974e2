/** The history of content: every save a commit, every version readable, comparable and restorable. */
export { commitMessage, restoreMessage, uploadMessage, type EntryChange, type EntryName } from './commit-message';
export { commitSave, InvalidAuthorError, type Author, type SaveCommit } from './commit-save';
export { compareVersions, type BodyPart, type Comparison, type FieldComparison } from './compare';
export {
  compareWithCurrent,
  entryFiles,
  entryHistory,
  versionTexts,
  type EntryHistory,
  type LanguageComparison,
} from './entry-history';
export { entryChange, entryName, type EntryTexts } from './entry-change';
export { restoreVersion } from './restore';
export { writeAndCommit, writeAndCommitUpload, type Writes } from './save-entry';
export { findVersion, listVersions, readVersion, UnknownVersionError, type Version } from './versions';
