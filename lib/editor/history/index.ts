/** The history of content: every save a commit, every version readable, comparable and restorable. */
export { commitSave, InvalidAuthorError, type Author, type SaveCommit } from './commit-save';
