import { EditorView, basicSetup } from 'codemirror';
import { EditorSelection, EditorState, type ChangeSet, type Extension } from '@codemirror/state';
import { hoverTooltip, keymap } from '@codemirror/view';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { linter } from '@codemirror/lint';
import type { CompletionContext } from '@codemirror/autocomplete';
import {
  handleRefresh,
  jsonCompletion,
  jsonSchemaHover,
  jsonSchemaLinter,
  stateExtensions,
} from 'codemirror-json-schema';
import schema from '../../content/schema.json' with { type: 'json' };

export interface RawEditorOptions {
  /** Gets a shadow root with the editor in it. */
  host: HTMLElement;
  text: string;
  /** Every change of the text, typed, loaded or made by the form (cheap: runs on each keystroke). */
  onChange: (changes: ChangeSet) => void;
  /** Ctrl+S / Cmd+S. */
  onSave: () => void;
}

/**
 * The raw JSON view: CodeMirror 6 with `codemirror-json-schema` on the pack's JSON Schema
 * (content/schema.json, generated from the zod schema): completion of keys and enum values, the
 * schema's descriptions on hover, and inline errors (JSON syntax and JSON Schema).
 *
 * It lives in a shadow root: there CodeMirror's styles are constructed stylesheets, which the
 * studio's strict CSP (`style-src 'self'`) allows; in the document it would add `<style>` elements.
 */
/**
 * Above this size (characters) the schema's completion waits for Ctrl+Space and its checks for a
 * longer pause: both read the whole document each time, which on a 1 MB pack takes long enough to
 * make typing lag (test/node/studio.test.mjs measures the keystrokes).
 */
export const LARGE_DOC = 200_000;

/** codemirror-json-schema's parts, as its `jsonSchema()` bundles them, with the large-document limits. */
function schemaSupport(): Extension[] {
  const complete = jsonCompletion();
  const large = (context: { state: EditorState }) => context.state.doc.length > LARGE_DOC;
  const schemaLint = jsonSchemaLinter();
  return [
    json(),
    linter(jsonParseLinter()),
    linter(schemaLint, {
      needsRefresh: handleRefresh,
      delay: 750,
    }),
    jsonLanguage.data.of({
      autocomplete: (context: CompletionContext) => (large(context) && !context.explicit ? null : complete(context)),
    }),
    hoverTooltip(jsonSchemaHover()),
    stateExtensions(schema as Parameters<typeof stateExtensions>[0]),
  ];
}

export class RawEditor {
  readonly view: EditorView;

  constructor(options: RawEditorOptions) {
    const extensions: Extension[] = [
      keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (options.onSave(), true) }]),
      basicSetup,
      ...schemaSupport(),
      EditorView.contentAttributes.of({ 'aria-label': 'Pack JSON' }),
      EditorView.theme({ '&': { height: '100%' }, '.cm-scroller': { overflow: 'auto' } }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.changes);
      }),
    ];
    const root = options.host.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    parent.className = 'frame';
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block; } .frame { height: 100%; }');
    root.adoptedStyleSheets = [sheet];
    root.append(parent);
    this.view = new EditorView({
      parent,
      root,
      state: EditorState.create({ doc: options.text, extensions }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole text (a load from disk, a save's formatting), keeping the cursor where it can. */
  setText(text: string): void {
    const head = Math.min(this.view.state.selection.main.head, text.length);
    this.view.dispatch({
      changes: { from: 0, to: this.view.state.doc.length, insert: text },
      selection: { anchor: head },
    });
  }

  /** Replaces `from`…`to` with `insert` (an edit made through the form: it joins the undo history). */
  replace(from: number, to: number, insert: string): void {
    if (from === to && insert === '') return;
    this.view.dispatch({ changes: { from, to, insert }, userEvent: 'input.form' });
  }

  /** Moves the cursor to `offset`, scrolls it into view and focuses the editor. */
  jumpTo(offset: number): void {
    const at = Math.min(offset, this.view.state.doc.length);
    this.view.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
    this.view.focus();
  }
}
