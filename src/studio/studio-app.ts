import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { loadCompare, loadFile, saveFile, watchFile, type FileSnapshot } from './api.js';
import { checkText, type Finding } from './checks.js';
import { RawEditor } from './editor.js';
import { formatJson } from './format.js';

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
    this.editor = new RawEditor({ host, text, onChange: () => this.onChange(), onSave: () => void this.save() });
    this.runChecks();
  }

  /** Each keystroke: mark the edits unsaved and schedule the checks. Keep it cheap (1 MB packs). */
  private onChange(): void {
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
    clearTimeout(this.checkTimer);
    const result = checkText(this.editor!.text, this.compare);
    this.findings = result.findings;
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

  jumpTo(finding: Finding): void {
    this.editor?.jumpTo(finding.offset);
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
                    <button type="button" class="finding" @click=${() => this.jumpTo(finding)}>
                      <span class="where">${finding.path || '(pack)'} · line ${finding.line}</span>
                      <span class="message">${finding.message}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
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
        <section class="raw" aria-label="Raw JSON">
          <div class="editor"></div>
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
