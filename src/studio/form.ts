import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { keyed } from 'lit/directives/keyed.js';
import { pathKeys, type Finding } from './checks.js';
import type { FormEdit } from './json-edit.js';
import {
  branchLabel,
  branchOf,
  branches,
  childSchema,
  convertTo,
  defaultFor,
  entryName,
  fits,
  jsonType,
  labelFor,
  schemaAt,
  typeOf,
  type JsonSchema,
  type Key,
} from './schema-walk.js';

/** The id of the field (or group) that edits the value at `path`. */
export function fieldId(path: readonly Key[]): string {
  return `field-${path.map((key) => String(key).replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`)).join('.')}`;
}

const getIn = (value: unknown, path: readonly Key[]) =>
  path.reduce<unknown>((here, key) => (here as Record<Key, unknown> | undefined)?.[key], value);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

/** How a field is shown inside its parent. */
interface Place {
  label: string;
  /** Optional and present: it gets a Remove button. */
  removable?: boolean;
  /** Inside a parent that already shows its label (a union's branch, an array's item). */
  bare?: boolean;
}

/**
 * The form for one part of the pack, generated from the pack's JSON Schema: objects as fieldsets,
 * the schema's descriptions as help text, enums as choices, arrays with add / remove / move, a
 * union (a plural: a text or one text per plural form) as a choice of its branches. Entries the
 * outline names get a link to their own form instead of a nested one, so only one item is rendered.
 * It changes nothing itself: each change is a `pack-studio-edit` event (the studio edits the text,
 * then sets `pack`). Light DOM, like the studio page.
 */
export class PackStudioForm extends LitElement {
  static override properties: PropertyDeclarations = {
    schema: { attribute: false },
    pack: { attribute: false },
    path: { attribute: false },
    findings: { attribute: false },
    items: { attribute: false },
    label: { attribute: false },
    announcement: { state: true },
  };

  schema: JsonSchema = {};
  pack: unknown;
  /** The part of the pack shown. */
  path: Key[] = [];
  /** Its name (the outline's). */
  label = '';
  findings: Finding[] = [];
  /** The outline's paths (`JSON.stringify`): these get a link, not a nested form. */
  items = new Set<string>();
  private announcement = '';
  private errors = new Map<string, Finding[]>();
  /** The id to focus once the change that is under way has rendered. */
  private focusNext?: string;

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(): void {
    this.errors = new Map();
    for (const finding of this.findings) {
      const keys = pathKeys(finding.path);
      if (!this.path.every((key, i) => keys[i] === key)) continue;
      const id = fieldId(keys);
      this.errors.set(id, [...(this.errors.get(id) ?? []), finding]);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The focus waits for the pack with the change in it (the announcement renders first).
    if (!this.focusNext || !changed.has('pack')) return;
    const target = document.getElementById(this.focusNext);
    this.focusNext = undefined;
    const field = target?.matches('input, select, textarea, button')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea, button');
    (field ?? target)?.focus();
  }

  /** Focuses the field for `path`, or the nearest enclosing one the form shows; false if none. */
  focusPath(path: readonly Key[]): boolean {
    for (let length = path.length; length >= this.path.length; length -= 1) {
      const target = document.getElementById(fieldId(path.slice(0, length)));
      if (target && this.contains(target)) {
        target.focus();
        target.scrollIntoView({ block: 'nearest' });
        return true;
      }
    }
    return false;
  }

  private edit(edit: FormEdit, focus?: string, announce?: string): void {
    this.focusNext = focus;
    if (announce) this.announcement = announce;
    this.dispatchEvent(new CustomEvent<FormEdit>('pack-studio-edit', { detail: edit, bubbles: true }));
  }

  private select(path: Key[]): void {
    this.dispatchEvent(new CustomEvent('pack-studio-select', { detail: { path }, bubbles: true }));
  }

  /** The help and error paragraphs of a field, and the ids for its `aria-describedby`. */
  private notes(id: string, schema: JsonSchema) {
    const errors = this.errors.get(id) ?? [];
    const ids = [schema.description ? `${id}-help` : '', errors.length ? `${id}-error` : ''].filter(Boolean);
    const template = html`${schema.description ? html`<p class="help" id="${id}-help">${schema.description}</p>` : nothing}
    ${
      errors.length
        ? html`<p class="error" id="${id}-error">${errors.map((finding) => finding.message).join(' · ')}</p>`
        : nothing
    }`;
    return { template, describedBy: ids.join(' ') || nothing, invalid: errors.length ? 'true' : nothing };
  }

  private removeButton(path: Key[], label: string) {
    const parent = fieldId(path.slice(0, -1));
    return html`<button
      type="button"
      class="remove"
      aria-label="Remove ${label}"
      @click=${() => this.edit({ kind: 'remove', path }, parent, `Removed ${label}.`)}
    >
      Remove
    </button>`;
  }

  private field(schema: JsonSchema, value: unknown, path: Key[], place: Place): TemplateResult {
    const id = fieldId(path);
    const list = branches(this.schema, schema);
    if (list) return this.union(list, schema, value, path, place);
    const type = typeOf(schema);
    if (value !== undefined && !fits({ ...schema, enum: undefined }, value)) {
      return html`<div class="field mismatch" id=${id} tabindex="-1">
        <p>
          <strong>${place.label}</strong> is ${jsonType(value)} here, where the schema expects
          ${type ?? 'another value'}: change it in the raw view.
        </p>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new CustomEvent('pack-studio-raw', { detail: { path }, bubbles: true }))}
        >
          Show in the raw view
        </button>
      </div>`;
    }
    if (type === 'object') return this.object(schema, isRecord(value) ? value : {}, path, place);
    if (type === 'array') return this.array(schema, Array.isArray(value) ? value : [], path, place);
    const { template, describedBy, invalid } = this.notes(id, schema);
    const remove = place.removable ? this.removeButton(path, place.label) : nothing;
    const set = (next: unknown) => this.edit({ kind: 'set', path, value: next });
    if (type === 'boolean') {
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(value === true)}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(event: Event) => set((event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${place.label}</label>${remove}${template}
      </div>`;
    }
    const label = html`<label for=${id}>${place.label}</label>`;
    if (schema.enum) {
      const known = schema.enum.includes(value);
      return html`<div class="field">
        ${label}${remove}
        <select
          id=${id}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @change=${(event: Event) => set(schema.enum![(event.target as HTMLSelectElement).selectedIndex])}
        >
          ${schema.enum.map((option) => html`<option ?selected=${option === value}>${String(option)}</option>`)}
          ${known ? nothing : html`<option selected disabled>${value === undefined ? '(choose one)' : String(value)}</option>`}
        </select>
        ${template}
      </div>`;
    }
    if (type === 'number' || type === 'integer') {
      return html`<div class="field">
        ${label}${remove}
        <input
          type="number"
          id=${id}
          .value=${live(typeof value === 'number' ? String(value) : '')}
          min=${schema.minimum ?? nothing}
          max=${schema.maximum ?? nothing}
          step=${type === 'integer' ? '1' : 'any'}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            if (input.value.trim() !== '' && Number.isFinite(input.valueAsNumber)) set(input.valueAsNumber);
          }}
        />
        ${template}
      </div>`;
    }
    // Free text (the schema's length limit is that of prose) gets a growing text area; ids, dates, URLs a line.
    const long = (schema.maxLength ?? 0) >= 1000;
    const text = typeof value === 'string' ? value : '';
    const onInput = (event: Event) => set((event.target as HTMLInputElement).value);
    return html`<div class="field">
      ${label}${remove}
      ${
        long
          ? html`<textarea
              id=${id}
              rows="1"
              .value=${live(text)}
              aria-describedby=${describedBy}
              aria-invalid=${invalid}
              @input=${onInput}
            ></textarea>`
          : html`<input
              type="text"
              id=${id}
              .value=${live(text)}
              aria-describedby=${describedBy}
              aria-invalid=${invalid}
              @input=${onInput}
            />`
      }
      ${template}
    </div>`;
  }

  private union(list: JsonSchema[], schema: JsonSchema, value: unknown, path: Key[], place: Place) {
    const id = fieldId(path);
    const chosen = branchOf(this.schema, list, value) ?? 0;
    const branch = list[chosen]!;
    const { template, describedBy } = this.notes(`${id}-kind`, schema);
    return html`<fieldset class="union" aria-describedby=${describedBy}>
      <legend>${place.label}</legend>
      ${place.removable ? this.removeButton(path, place.label) : nothing}${template}
      <div class="kinds">
        ${list.map(
          (option, i) =>
            html`<label
              ><input
                type="radio"
                name="${id}-kind"
                .checked=${live(i === chosen)}
                @change=${() =>
                  this.edit(
                    { kind: 'set', path, value: convertTo(this.schema, option, value, branch) },
                    `${id}-kind-${i}`,
                  )}
                id="${id}-kind-${i}"
              />
              ${branchLabel(option)}</label
            >`,
        )}
      </div>
      ${this.field(branch, value, path, { label: place.label, bare: true })}
    </fieldset>`;
  }

  private object(schema: JsonSchema, value: Record<string, unknown>, path: Key[], place: Place) {
    const id = fieldId(path);
    const { template, describedBy } = this.notes(id, schema);
    const required = new Set(schema.required ?? []);
    const keys = Object.keys(schema.properties ?? {});
    const shown = keys.filter((key) => required.has(key) || value[key] !== undefined);
    const missing = keys.filter((key) => !shown.includes(key));
    const extra =
      typeof schema.additionalProperties === 'object' ? Object.keys(value).filter((key) => !keys.includes(key)) : [];
    const body = html`${shown.map((key) => this.child(schema, value[key], [...path, key], labelFor(key), !required.has(key)))}
    ${extra.map((key) => this.child(schema, value[key], [...path, key], key, true))}
    ${
      missing.length
        ? html`<p class="optional">
            ${missing.map(
              (key) =>
                html`<button
                  type="button"
                  @click=${() =>
                    this.edit(
                      {
                        kind: 'set',
                        path: [...path, key],
                        value: defaultFor(this.schema, childSchema(this.schema, schema, key)),
                      },
                      fieldId([...path, key]),
                      `Added ${labelFor(key)}.`,
                    )}
                >
                  Add ${labelFor(key)}
                </button>`,
            )}
          </p>`
        : nothing
    }
    ${typeof schema.additionalProperties === 'object' ? this.newEntry(schema, value, path) : nothing}`;
    if (place.bare) return html`<div class="group" id=${id} tabindex="-1">${template}${body}</div>`;
    return html`<fieldset class="group" id=${id} tabindex="-1" aria-describedby=${describedBy}>
      <legend>${place.label}</legend>
      ${place.removable ? this.removeButton(path, place.label) : nothing}${template}${body}
    </fieldset>`;
  }

  /** A map's new entry: its key (checked against the schema's `propertyNames` pattern), then Add. */
  private newEntry(schema: JsonSchema, value: Record<string, unknown>, path: Key[]) {
    const id = `${fieldId(path)}-new`;
    const pattern = schema.propertyNames?.pattern;
    const add = () => {
      const input = document.getElementById(id) as HTMLInputElement;
      const key = input.value.trim();
      const problem = !key
        ? 'Type a key first.'
        : key in value
          ? `${key} is there already.`
          : pattern && !new RegExp(pattern, 'u').test(key)
            ? `${key} does not fit the pattern ${pattern}.`
            : '';
      const error = document.getElementById(`${id}-error`)!;
      error.textContent = problem;
      input.setAttribute('aria-invalid', problem ? 'true' : 'false');
      if (problem) return input.focus();
      input.value = '';
      const entry = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      this.edit(
        { kind: 'set', path: [...path, key], value: defaultFor(this.schema, entry) },
        fieldId([...path, key]),
        `Added ${key}.`,
      );
    };
    return html`<div class="field new-entry">
      <label for=${id}>New key</label>
      <input
        type="text"
        id=${id}
        aria-describedby="${id}-error"
        @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.preventDefault(), add())}
      />
      <button type="button" @click=${add}>Add</button>
      <p class="error" id="${id}-error" aria-live="polite"></p>
    </div>`;
  }

  /** A property, map entry or array item: a link to its own form when the outline names it. */
  private linked(path: Key[]): boolean {
    return this.items.has(JSON.stringify(path));
  }

  /** A link to the form of an entry the outline names, with how many problems are inside it. */
  private link(path: Key[], label: string) {
    const id = fieldId(path);
    let inside = 0;
    for (const [key, found] of this.errors) if (key === id || key.startsWith(`${id}.`)) inside += found.length;
    return html`<button type="button" class="open" id=${id} @click=${() => this.select(path)}>${label}</button>
      ${inside ? html`<span class="error">${inside === 1 ? '1 problem' : `${inside} problems`}</span>` : nothing}`;
  }

  private child(parent: JsonSchema, value: unknown, path: Key[], label: string, removable: boolean, bare = false) {
    if (this.linked(path)) {
      return html`<div class="field link">
        ${this.link(path, label)} ${removable ? this.removeButton(path, label) : nothing}
      </div>`;
    }
    const schema = childSchema(this.schema, parent, path.at(-1)!);
    return this.field(schema, value, path, { label, removable, bare });
  }

  private array(schema: JsonSchema, value: unknown[], path: Key[], place: Place) {
    const id = fieldId(path);
    const { template, describedBy } = this.notes(id, schema);
    const items = childSchema(this.schema, schema, 0);
    if (items.enum && typeOf(items) === 'string') {
      const toggle = (option: unknown, on: boolean) => {
        const others = value.filter((v) => !items.enum!.includes(v));
        const chosen = items.enum!.filter((v) => (v === option ? on : value.includes(v)));
        this.edit({ kind: 'set', path, value: [...chosen, ...others] });
      };
      return html`<fieldset class="group choices" id=${id} tabindex="-1" aria-describedby=${describedBy}>
        <legend>${place.label}</legend>
        ${place.removable ? this.removeButton(path, place.label) : nothing}${template}
        ${items.enum.map(
          (option, i) =>
            html`<label
              ><input
                type="checkbox"
                id="${id}-choice-${i}"
                .checked=${live(value.includes(option))}
                @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)}
              />
              ${String(option)}</label
            >`,
        )}
      </fieldset>`;
    }
    const name = (i: number) => `${place.label} ${i + 1}`;
    const move = (i: number, to: number) => {
      const last = to === value.length - 1;
      const button = to === 0 ? 'down' : last ? 'up' : to < i ? 'up' : 'down';
      this.edit(
        { kind: 'move', path: [...path, i], to },
        `${fieldId([...path, to])}-${button}`,
        `Moved ${entryName(value[i], i)} to place ${to + 1} of ${value.length}.`,
      );
    };
    const remove = (i: number) => {
      const next = value.length > 1 ? `${fieldId([...path, i < value.length - 1 ? i : i - 1])}-remove` : `${id}-add`;
      this.edit({ kind: 'remove', path: [...path, i] }, next, `Removed ${entryName(value[i], i)}.`);
    };
    return html`<fieldset class="group list" id=${id} tabindex="-1" aria-describedby=${describedBy}>
      <legend>${place.label} <span class="count">(${value.length})</span></legend>
      ${place.removable ? this.removeButton(path, place.label) : nothing}${template}
      <ol>
        ${value.map(
          (item, i) =>
            html`<li class="entry">
              <div class="entry-bar">
                ${
                  this.linked([...path, i])
                    ? this.link([...path, i], entryName(item, i))
                    : html`<span class="entry-name">${entryName(item, i)}</span>`
                }
                <button
                  type="button"
                  id="${fieldId([...path, i])}-up"
                  aria-label="Move up ${name(i)}"
                  ?disabled=${i === 0}
                  @click=${() => move(i, i - 1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  id="${fieldId([...path, i])}-down"
                  aria-label="Move down ${name(i)}"
                  ?disabled=${i === value.length - 1}
                  @click=${() => move(i, i + 1)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  id="${fieldId([...path, i])}-remove"
                  aria-label="Remove ${name(i)}"
                  @click=${() => remove(i)}
                >
                  Remove
                </button>
              </div>
              ${this.linked([...path, i]) ? nothing : this.child(schema, item, [...path, i], name(i), false, true)}
            </li>`,
        )}
      </ol>
      <button
        type="button"
        id="${id}-add"
        class="add"
        @click=${() =>
          this.edit(
            { kind: 'insert', path: [...path, value.length], value: defaultFor(this.schema, items) },
            fieldId([...path, value.length]),
            `Added ${name(value.length)}.`,
          )}
      >
        Add to ${place.label}
      </button>
    </fieldset>`;
  }

  override render() {
    const value = getIn(this.pack, this.path);
    if (value === undefined)
      return html`<p class="gone">This part is not in the pack (any more): choose another in the outline.</p>`;
    const schema = schemaAt(this.schema, this.path, this.pack);
    const label = this.label || labelFor(this.path.at(-1) ?? 'pack');
    return html`${keyed(JSON.stringify(this.path), this.field(schema, value, this.path, { label }))}
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pack-studio-form': PackStudioForm;
  }
}
