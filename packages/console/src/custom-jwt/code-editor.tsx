import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import { useEffect, useId, useRef } from 'react';
import './code-editor.css';

export interface CodeEditorProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  language: 'javascript' | 'json';
  description?: string;
  error?: string;
  isReadOnly?: boolean;
  /** Lines of height before it scrolls. */
  minLines?: number;
}

/**
 * Token colours from the console's theme (code-editor.css), readable in light and dark: CodeMirror's
 * default colours are made for a light background only.
 */
const themeHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    {
      tag: [tags.keyword, tags.operatorKeyword, tags.controlKeyword, tags.definitionKeyword],
      color: 'var(--code-keyword)',
    },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'var(--code-string)' },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-literal)' },
    { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
    {
      tag: [tags.propertyName, tags.definition(tags.variableName), tags.function(tags.variableName)],
      color: 'var(--code-name)',
    },
    { tag: tags.invalid, color: 'var(--danger)' },
  ]),
);

/** The page's CSP nonce: CodeMirror puts its styles in a `<style>` element that needs it. */
function cspNonce(): string {
  return (document.querySelector('meta[name="csp-nonce"]') as HTMLMetaElement | null)?.nonce ?? '';
}

/**
 * A code editor (CodeMirror 6) that behaves as a form field: a visible label, a description and an
 * error linked to the editable region, and Tab left to move focus (CodeMirror does not trap it
 * unless told to), so the page works with the keyboard alone.
 */
export function CodeEditor({
  label,
  value,
  onChange,
  language,
  description,
  error,
  isReadOnly,
  minLines = 12,
}: CodeEditorProps) {
  const id = useId();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  const latest = useRef(onChange);
  latest.current = onChange;
  const settings = useRef(new Compartment());
  const describedBy = [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ');

  // The label, description, error and read-only state, as attributes of the editable region.
  const configured = (): Extension => [
    EditorView.contentAttributes.of({
      'aria-labelledby': `${id}-label`,
      ...(describedBy && { 'aria-describedby': describedBy }),
      ...(error && { 'aria-invalid': 'true' }),
      ...(isReadOnly && { 'aria-readonly': 'true' }),
    }),
    EditorState.readOnly.of(isReadOnly === true),
  ];

  // Built once per mount; later prop changes are pushed in by the effects below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: creating the editor again would lose the cursor and undo history.
  useEffect(() => {
    const extensions: Extension[] = [
      basicSetup,
      language === 'javascript' ? javascript() : json(),
      themeHighlighting,
      EditorView.cspNonce.of(cspNonce()),
      EditorView.lineWrapping,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) latest.current(update.state.doc.toString());
      }),
      EditorView.theme({ '.cm-content, .cm-gutter': { minHeight: `${minLines * 1.4}em` } }),
      settings.current.of(configured()),
    ];
    const created = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({ doc: value, extensions }),
    });
    view.current = created;
    return () => created.destroy();
  }, []);

  // A value set from outside (a reset, a loaded sample) replaces the text; typing does not loop back.
  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value)
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `configured` reads exactly these props.
  useEffect(() => {
    view.current?.dispatch({ effects: settings.current.reconfigure(configured()) });
  }, [describedBy, error, isReadOnly]);

  return (
    <div className={error ? 'field code-editor invalid' : 'field code-editor'}>
      <span id={`${id}-label`} className="code-editor-label">
        {label}
      </span>
      <div ref={host} className="code-editor-host" />
      {description && (
        <span id={`${id}-description`} className="code-editor-description">
          {description}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
