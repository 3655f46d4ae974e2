// The editing server's own address leads to the editor, as /edit does.
export { GET } from './edit/route.editor';
