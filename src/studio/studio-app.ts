import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { ChangeSet, type ChangeDesc } from '@codemirror/state';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import schema from '../../content/schema.json' with { type: 'json' };
import { loadCompare, loadFile, saveFile, watchFile, type FileSnapshot } from './api.js';
import { checkText, pathKeys, type Finding } from './checks.js';
import { RawEditor } from './editor.js';
import { formatJson } from './format.js';
import type { PackStudioForm } from './form.js';
import { editText, editValue, minimalChange, type FormEdit } from './json-edit.js';
import { outlineOf, outlinePaths, renderOutline, samePath, type OutlineNode } from './outline.js';
import type { JsonSchema, Key } from './schema-walk.js';

/** How long typing must pause before the checks and the preview run on the text. */
export const CHECK_DELAY_MS = 300;

/**
 * The pack studio page: the raw JSON editor, the problems list and the preview of one pack file,
 * kept in step with the file on disk through the studio server (bin/studio.mjs).
 * Renders into the light DOM: CodeMirror and the page stylesheet (studio.css) style it there.
 */
export class TrustStudio extends LitElement {
  static override properties: PropertyDeclarations = {
    file: { state: true },
    dirty: { state: true },
    findings: { state: true },
    conflict: { state: true },
    status: { state: true },
    saving: { state: true },
    pack: { state: true },
    view: { state: true },
    selected: { state: true },
    formValue: { state: true },
  };

  /** The file's version the text in the editor starts from (what a save replaces). */
  private file?: FileSnapshot;
  /** The editor holds edits not saved to the file. */
  private dirty = false;
  private findings: Finding[] = [];
  /** The pack given with --compare, parsed: the diff runs against it. */
  private compare?: unknown;
  /** A version of the file changed on disk while there were unsaved edits: waits for the editor's choice. */
  private conflict?: FileSnapshot;
  private status = 'Loading the file…';
  private saving = false;

  private editor?: RawEditor;
  /** Set while the studio itself replaces the text (a load, a save's formatting): not an edit. */
  private replacing = false;
  private checkTimer?: ReturnType<typeof setTimeout>;
  private events?: EventSource;
  /** The last JSON the checks parsed, for the preview. */
  protected pack: unknown;
  /** Which view of the pack the editing pane shows. */
  private view: 'form' | 'raw' = 'raw';
  /** The outline's item the form shows. */
  private selected?: Key[];
  /** The pack as the form sees it: the last parse, with the form's edits since (undefined: not JSON). */
  private formValue: unknown;
  private outline: OutlineNode[] = [];
  private outlineFor: unknown;
  private outlineSet = new Set<string>();
  /** The last parse's tree, and the changes made to the text since: where a value is now. */
  private tree?: Node;
  private sinceTree: ChangeDesc = ChangeSet.empty(0).desc;
  /** The form changed a value in place: the text is formatted as Save formats it when typing pauses. */
  private formatPending = false;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // A second pack opened beside this one (--compare): its differences join the problems.
    void loadCompare().then((compare) => {
      if (!compare) return;
      try {
        this.compare = JSON.parse(compare.text);
      } catch {
        this.status = `${compare.name} is not valid JSON, so it is not compared.`;
        return;
      }
      if (this.editor) this.runChecks();
    });
    this.events = watchFile(
      (file) => this.onFile(file),
      () => (this.status = 'Lost the studio server: is it still running? Retrying…'),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.events?.close();
  }

  /** A reload or a closed tab with unsaved edits asks first. */
  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** The file as the server has it now: at start, after every change on disk, after a reconnect. */
  private onFile(file: FileSnapshot): void {
    if (!this.file || !this.editor) {
      this.file = file;
      this.status = file.writable ? 'Opened.' : '';
      void this.updateComplete.then(() => this.startEditor(file.text));
      return;
    }
    if (file.hash === this.file.hash) {
      this.file = { ...this.file, writable: file.writable };
      return;
    }
    if (this.dirty) {
      this.conflict = file;
      return;
    }
    this.file = file;
    this.replaceText(file.text);
    this.status = 'The file changed on disk: loaded.';
  }

  private startEditor(text: string): void {
    const host = this.querySelector<HTMLElement>('.editor')!;
    this.editor = new RawEditor({
      host,
      text,
      onChange: (changes) => this.onChange(changes),
      onSave: () => void this.save(),
    });
    this.runChecks();
    if (this.formValue && typeof this.formValue === 'object' && 'meta' in this.formValue) {
      this.selected = ['meta'];
      this.view = 'form';
    }
  }

  /** Each keystroke: mark the edits unsaved and schedule the checks. Keep it cheap (1 MB packs). */
  private onChange(changes: ChangeSet): void {
    this.sinceTree = this.sinceTree.composeDesc(changes.desc);
    if (!this.replacing && !this.dirty) this.dirty = true;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.runChecks(), CHECK_DELAY_MS);
  }

  private replaceText(text: string): void {
    this.replacing = true;
    try {
      this.editor!.setText(text);
    } finally {
      this.replacing = false;
    }
    this.dirty = false;
    clearTimeout(this.checkTimer);
    this.runChecks();
  }

  private runChecks(): void {
    if (this.formatPending) {
      this.formatPending = false;
      const text = this.editor!.text;
      const formatted = formatJson(text);
      if (formatted !== undefined && formatted !== text) {
        const { from, to, insert } = minimalChange(text, formatted);
        this.editor!.replace(from, to, insert);
      }
    }
    clearTimeout(this.checkTimer);
    const text = this.editor!.text;
    const result = checkText(text, this.compare);
    this.findings = result.findings;
    this.tree = result.tree;
    this.sinceTree = ChangeSet.empty(text.length).desc;
    this.formValue = result.value;
    if (result.value !== undefined) this.pack = result.value;
    this.dispatchEvent(new CustomEvent('pack-studio-checked', { detail: { findings: result.findings } }));
  }

  /** Formats the text (as prettier does for content/*.json), then writes it over the version it started from. */
  async save(): Promise<void> {
    if (!this.editor || !this.file || this.saving) return;
    if (!this.file.writable) {
      this.status = 'This file is read-only: not saved.';
      return;
    }
    const text = this.editor.text;
    const formatted = formatJson(text) ?? (text.endsWith('\n') ? text : `${text}\n`);
    if (formatted !== text) {
      this.replacing = true;
      this.editor.setText(formatted);
      this.replacing = false;
    }
    this.saving = true;
    try {
      const result = await saveFile(formatted, this.file.hash);
      if (result.ok) {
        this.file = result.file;
        this.dirty = this.editor.text !== result.file.text;
        this.status = `Saved ${result.file.name}.`;
      } else if (result.conflict) {
        this.conflict = result.file;
        this.status = 'Not saved: the file changed on disk since it was opened.';
      } else {
        if (result.file) this.file = { ...this.file, writable: result.file.writable };
        this.status = `Not saved: ${result.message}`;
      }
    } catch (error) {
      this.status = `Not saved: ${(error as Error).message}`;
    } finally {
      this.saving = false;
    }
  }

  /** The outside version replaces the edits. */
  private takeDisk(): void {
    const file = this.conflict!;
    this.conflict = undefined;
    this.file = file;
    this.replaceText(file.text);
    this.status = 'Loaded the version on disk; your edits were dropped.';
  }

  /** The edits stay; a save will replace the outside version (which is still on disk until then). */
  private keepMine(): void {
    this.file = { ...this.conflict!, text: this.file!.text };
    this.conflict = undefined;
    this.status = 'Kept your edits: saving will replace the version on disk.';
  }

  /** Reloads the file as it is on disk (after the server was lost and found again). */
  async reload(): Promise<void> {
    this.onFile(await loadFile());
  }

  /** The text in the raw view now. */
  get text(): string {
    return this.editor?.text ?? '';
  }

  /** Where the raw view's cursor is (an offset in the text). */
  get cursor(): number {
    return this.editor?.view.state.selection.main.head ?? 0;
  }

  /**
   * A problem's entry: to its field when the form shows the item it is in, else to its place in
   * the raw view.
   */
  async jumpTo(finding: Pick<Finding, 'offset'> & Partial<Finding>): Promise<void> {
    const keys = pathKeys(finding.path ?? '');
    const form = this.querySelector<PackStudioForm>('pack-studio-form');
    const inItem = this.selected?.every((key, i) => keys[i] === key);
    if (this.view === 'form' && form && inItem && form.focusPath(keys)) return;
    await this.show('raw');
    this.editor?.jumpTo(finding.offset);
  }

  /** Shows the form or the raw view. */
  async show(view: 'form' | 'raw'): Promise<void> {
    if (this.view === view) return;
    this.view = view;
    await this.updateComplete;
    if (view === 'raw') this.editor?.view.requestMeasure();
  }

  /** Selects an item of the outline: the form shows it. */
  async select(path: Key[]): Promise<void> {
    this.selected = path;
    await this.show('form');
    await this.updateComplete;
    this.querySelector<HTMLElement>('pack-studio-form')?.querySelector<HTMLElement>('[id^="field-"]')?.focus();
  }

  /** Where the value at `path` is in the text now, if the last parse knows it and it is a string, number or boolean. */
  private scalarRange(path: Key[], old: unknown): { from: number; to: number } | undefined {
    const node = this.tree && findNodeAtLocation(this.tree, path);
    if (!node || node.type === 'object' || node.type === 'array') return undefined;
    const from = this.sinceTree.mapPos(node.offset, -1);
    const to = this.sinceTree.mapPos(node.offset + node.length, 1);
    try {
      return JSON.parse(this.editor!.text.slice(from, to)) === old ? { from, to } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * An edit made in the form, made to the text: a changed text, number or choice replaces that
   * value alone (the text is formatted when typing pauses, as every edit is checked then); adding,
   * removing and moving go through jsonc-parser and are formatted at once (format.ts, as Save does).
   */
  private onFormEdit(edit: FormEdit): void {
    if (!this.editor || this.formValue === undefined) return;
    const old = edit.path.reduce<unknown>(
      (here, key) => (here as Record<Key, unknown> | undefined)?.[key],
      this.formValue,
    );
    const scalar = edit.kind === 'set' && edit.value !== null && typeof edit.value !== 'object';
    const range = scalar ? this.scalarRange(edit.path, old) : undefined;
    if (range && edit.kind === 'set') {
      this.editor.replace(range.from, range.to, JSON.stringify(edit.value));
      this.formatPending = true;
    } else {
      const text = this.editor.text;
      let next: string;
      try {
        next = editText(text, edit);
      } catch (error) {
        this.status = `The form could not make that change: ${(error as Error).message}`;
        return;
      }
      const { from, to, insert } = minimalChange(text, next);
      this.editor.replace(from, to, insert);
      this.tree = undefined;
    }
    this.formValue = editValue(this.formValue, edit);
  }

  private renderForm() {
    if (this.formValue === undefined) {
      return html`<p class="not-json">
        The text is not JSON at the moment, so the form cannot show it: see Problems, and fix it in the raw view.
      </p>`;
    }
    if (!this.selected) return html`<p class="none">Choose a part of the pack in the outline.</p>`;
    const node = this.findNode(this.outline, this.selected);
    return html`<pack-studio-form
      .schema=${schema as JsonSchema}
      .pack=${this.formValue}
      .path=${this.selected}
      .label=${node?.label ?? ''}
      .findings=${this.findings}
      .items=${this.outlineSet}
      @pack-studio-edit=${(event: CustomEvent<FormEdit>) => this.onFormEdit(event.detail)}
      @pack-studio-select=${(event: CustomEvent<{ path: Key[] }>) => void this.select(event.detail.path)}
      @pack-studio-raw=${(event: CustomEvent<{ path: Key[] }>) => {
        const found = this.tree && findNodeAtLocation(this.tree, event.detail.path);
        void this.jumpTo({ offset: found ? this.sinceTree.mapPos(found.offset) : 0 });
      }}
    ></pack-studio-form>`;
  }

  private findNode(nodes: OutlineNode[], path: Key[]): OutlineNode | undefined {
    for (const node of nodes) {
      if (samePath(node.path, path)) return node;
      const inner = this.findNode(node.children, path);
      if (inner) return inner;
    }
    return undefined;
  }

  /** The tabs of the editing pane (WAI-ARIA tabs: arrow keys move between them). */
  private renderTabs() {
    const tab = (view: 'form' | 'raw', label: string) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${view}"
        aria-controls="panel-${view}"
        aria-selected=${this.view === view ? 'true' : 'false'}
        tabindex=${this.view === view ? '0' : '-1'}
        @click=${() => void this.show(view)}
      >
        ${label}
      </button>`;
    const onKey = async (event: KeyboardEvent) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      const next = event.key === 'Home' ? 'form' : event.key === 'End' ? 'raw' : this.view === 'form' ? 'raw' : 'form';
      await this.show(next);
      this.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
    };
    return html`<div class="tabs" role="tablist" aria-label="View of the pack" @keydown=${onKey}>
      ${tab('form', 'Form')}${tab('raw', 'Raw JSON')}
    </div>`;
  }

  private renderProblems() {
    const { findings } = this;
    return html`<section class="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">
        Problems <span class="count">${findings.length === 0 ? 'none' : findings.length}</span>
      </h2>
      ${
        findings.length === 0
          ? html`<p class="none">No problems: the pack is valid.</p>`
          : html`<ul>
              ${findings.map(
                (finding) =>
                  html`<li class=${finding.severity}>
                    <button type="button" class="finding" @click=${() => void this.jumpTo(finding)}>
                      <span class="where">${finding.path || '(pack)'} · line ${finding.line}</span>
                      <span class="message">${finding.message}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  private renderOutlinePane() {
    if (this.formValue !== undefined && this.formValue !== this.outlineFor) {
      this.outlineFor = this.formValue;
      this.outline = outlineOf(this.formValue);
      this.outlineSet = outlinePaths(this.outline);
    }
    return renderOutline(
      this.outline,
      this.view === 'form' ? this.selected : undefined,
      (path) => void this.select(path),
    );
  }

  override render() {
    const { file } = this;
    return html`<header class="bar">
        <h1>Pack studio <span class="file">${file?.name ?? ''}</span></h1>
        <p class="state" role="status">${this.dirty ? 'Unsaved changes' : file ? 'Saved' : ''}</p>
        <button
          type="button"
          class="save"
          @click=${() => void this.save()}
          ?disabled=${!file || !file.writable || this.saving}
        >
          Save
        </button>
      </header>
      ${
        file && !file.writable
          ? html`<p class="readonly" role="alert">
              This file is read-only: you can try edits here, but they cannot be saved to ${file.name}. Make it writable
              (or copy it) and open it again.
            </p>`
          : nothing
      }
      ${
        this.conflict
          ? html`<div class="conflict" role="alertdialog" aria-labelledby="conflict-text">
              <p id="conflict-text">${this.conflict.name} changed on disk while you have unsaved edits here.</p>
              <button type="button" class="take-disk" @click=${() => this.takeDisk()}>
                Load the file (drop my edits)
              </button>
              <button type="button" class="keep-mine" @click=${() => this.keepMine()}>Keep my edits</button>
            </div>`
          : nothing
      }
      <main class="panes">
        <section class="outline-pane" aria-label="Outline">${this.renderOutlinePane()}</section>
        <section class="raw" aria-label="Edit">
          ${this.renderTabs()}
          <div
            class="form-panel"
            id="panel-form"
            role="tabpanel"
            aria-labelledby="tab-form"
            ?hidden=${this.view !== 'form'}
          >
            ${this.renderForm()}
          </div>
          <div id="panel-raw" role="tabpanel" aria-labelledby="tab-raw" ?hidden=${this.view !== 'raw'}>
            <div class="editor"></div>
          </div>
          ${this.renderProblems()}
        </section>
        <section class="preview" aria-label="Preview">
          <pack-studio-preview .pack=${this.pack}></pack-studio-preview>
        </section>
      </main>
      <p class="status" aria-live="polite">${this.status}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pack-studio': TrustStudio;
  }
}
