'use client';
import { autocompletion, type CompletionContext } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdown } from '@codemirror/lang-markdown';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { Locale } from '@/i18n/routing';
import type { PlacedIssue } from '@/lib/editor/types';
import { IssueList } from './IssueList';

interface MarkdownFieldProps {
  id: string;
  lang: Locale;
  value: string;
  pageKeys: { key: string; title: string }[];
  issues: PlacedIssue[];
  onChange: (value: string) => void;
  /** Receives a function that inserts text at the cursor (the picture upload puts its reference there). */
  onInserter?: (insert: (text: string) => void) => void;
}

/** The Markdown body in CodeMirror: highlighting, page keys offered after "page:", issues at their lines. */
export function MarkdownField({ id, lang, value, pageKeys, issues, onChange, onInserter }: MarkdownFieldProps) {
  const t = useTranslations('Editor.entry');
  const parent = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  const latest = useRef({ onChange, pageKeys, onInserter });
  const initial = useRef({ id, value });

  useEffect(() => {
    latest.current = { onChange, pageKeys, onInserter };
  });

  useEffect(() => {
    const pageLinks = (context: CompletionContext) => {
      const word = context.matchBefore(/page:[\w-]*/);
      if (!word) return null;
      return {
        from: word.from + 5,
        options: latest.current.pageKeys.map((page) => ({ label: page.key, detail: page.title })),
      };
    };
    const { id: fieldId, value: text } = initial.current;
    view.current = new EditorView({
      parent: parent.current ?? undefined,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          history(),
          // Tab is left to the browser, so that the keyboard can always leave the editor.
          keymap.of([...defaultKeymap, ...historyKeymap]),
          markdown(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.lineWrapping,
          autocompletion({ override: [pageLinks] }),
          lintGutter(),
          EditorView.contentAttributes.of({
            // The error summary links here.
            id: `${fieldId}-input`,
            'aria-labelledby': `${fieldId}-label`,
            'aria-describedby': `${fieldId}-help ${fieldId}-issues`,
          }),
          EditorView.updateListener.of(
            (update) => update.docChanged && latest.current.onChange(update.state.doc.toString()),
          ),
        ],
      }),
    });
    latest.current.onInserter?.((insert) => {
      const editor = view.current!;
      const { from, to } = editor.state.selection.main;
      editor.dispatch({ changes: { from, to, insert }, selection: { anchor: from + insert.length } });
    });
    // Created once; text from outside (after saving) arrives through the next effect.
    return () => view.current?.destroy();
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const lines = current.state.doc.lines;
    const diagnostics = issues
      .filter((issue) => issue.bodyLine !== undefined && issue.bodyLine <= lines)
      .map((issue) => {
        const line = current.state.doc.line(issue.bodyLine ?? 1);
        return { from: line.from, to: line.to, severity: issue.severity, message: `${issue.problem} → ${issue.fix}` };
      });
    current.dispatch(setDiagnostics(current.state, diagnostics));
  }, [issues]);

  return (
    <div className="mb-4" data-field="body">
      <p id={`${id}-label`} lang={lang} className="font-semibold">
        {t('body')}
      </p>
      <p id={`${id}-help`} lang={lang} className="text-sm text-muted">
        {t('bodyHelp')}
      </p>
      <div ref={parent} className="mt-1 rounded border border-muted" />
      <IssueList lang={lang} id={`${id}-issues`} issues={issues} />
    </div>
  );
}
