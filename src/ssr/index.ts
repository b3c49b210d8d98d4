/**
 * `trust-widgets/ssr`: renders the widgets at publish time, in Node, to declarative shadow DOM
 * (Lit's `@lit-labs/ssr`), so every widget's first screen is in the article's HTML: readable before
 * and without JavaScript, and adopted in place (hydrated) by the browser bundle.
 *
 * - `renderWidget(tag, attributes, options)`: the HTML of one element, to paste into a CMS block.
 * - `renderHtml(html, options)`: every `trust-*` element of an HTML document, filled in place.
 *
 * Styles are not inlined (a strict `style-src 'self'` would block an inline `<style>`): each shadow
 * root links `<base>styles/<tag>.css`, a file the build ships in dist/styles/. Lit SSR renders
 * synchronously, so the content is at hand first: the built-in pack for the element's language, or
 * the publisher's pack, validated here and written inline as the element's JSON child.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import '../define/hotline-banner.js';
import '../define/quiz.js';
import '../define/signs-checklist.js';
import '../define/causes-explorer.js';
import '../define/coping-steps.js';
import { builtinPack, builtinLanguage, trustValidated } from '../internal/content.js';
import { serverPage } from '../internal/server-env.js';
import { parseContentPack, type ContentProblem } from '../schema/parse.js';
import type { ContentPack } from '../schema/pack.js';

/** The elements the renderer knows; any other `trust-*` tag in a page is left as it is. */
export const WIDGET_TAGS = [
  'trust-quiz',
  'trust-signs-checklist',
  'trust-causes-explorer',
  'trust-coping-steps',
  'trust-hotline-banner',
] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** What could not be rendered: a message, and for a pack every problem with its path. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly problems: readonly ContentProblem[] = [],
  ) {
    super(
      problems.length
        ? `${message}\n${problems.map((p) => `  ${p.path || '(pack)'}: ${p.message}`).join('\n')}`
        : message,
    );
    this.name = 'RenderError';
  }
}

export interface WidgetOptions {
  /**
   * A publisher's pack (parsed JSON) instead of the built-in one: validated, and written inline,
   * except for an element with `src` (the pack at that address: the browser downloads it, and adopts
   * the prerendered screen when what it gets is what was rendered) or `pack` (its module).
   */
  pack?: unknown;
  /** Where dist/ is served from, for the stylesheets (`<base>styles/<tag>.css`). Default `./`. */
  base?: string;
  /** The language the element inherits from the page (its own `lang` attribute wins). Default `en`. */
  lang?: string;
  /**
   * The other widgets on the page, tag → the `id` of the first of each (`''` for none): the links
   * between widgets point there. A widget rendered without them links to none, and renders afresh
   * in a browser whose page has them.
   */
  widgets?: Readonly<Record<string, string>>;
  /** Markup kept as the element's own children (a banner's fallback links), after its shadow root. */
  children?: string;
}

/** Attributes every element takes besides its own (`observedAttributes`). */
const GLOBAL_ATTRIBUTE = /^(id|class|lang|dir|title|hidden|slot|style|tabindex|data-[\w.-]+|aria-[a-z]+)$/;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON that cannot end its `<script>` element or open a comment in it. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const isWidgetTag = (tag: string): tag is WidgetTag => (WIDGET_TAGS as readonly string[]).includes(tag);

/** The content a widget is drawn from: the publisher's pack, validated, or the built-in one. */
async function contentFor(options: WidgetOptions, lang: string | undefined): Promise<ContentPack> {
  if (options.pack === undefined) return builtinPack(builtinLanguage(lang));
  const parsed = parseContentPack(options.pack);
  if (!parsed.ok) throw new RenderError('The content pack is not valid:', parsed.problems);
  trustValidated(parsed.pack);
  return parsed.pack;
}

/**
 * The HTML of one widget: its tag and attributes, its declarative shadow root (the first screen),
 * and, for a publisher's pack, that pack as an inline JSON child. Throws a `RenderError` for an
 * unknown tag or attribute, or a pack that fails validation.
 */
export async function renderWidget(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  options: WidgetOptions = {},
): Promise<string> {
  if (!isWidgetTag(tag)) throw new RenderError(`Unknown element <${tag}>: it is one of ${WIDGET_TAGS.join(', ')}.`);
  const element = customElements.get(tag) as unknown as { observedAttributes: string[] };
  const own = new Set(element.observedAttributes);
  for (const name of Object.keys(attributes)) {
    if (!own.has(name) && !GLOBAL_ATTRIBUTE.test(name)) {
      throw new RenderError(`<${tag}> has no attribute "${name}": it takes ${[...own].sort().join(', ')}.`);
    }
  }
  if (attributes.src !== undefined && options.pack === undefined) {
    throw new RenderError(
      `<${tag} src="${attributes.src}">: its pack is downloaded in the browser, so it cannot be rendered ahead without it. Give the pack at that address (--pack, or for --html a file the address names on disk), or leave this element to the browser.`,
    );
  }
  if (attributes.pack !== undefined && options.pack === undefined) {
    throw new RenderError(
      `<${tag} pack="${attributes.pack}">: give the pack's JSON too (--pack), so it can be rendered ahead; the page gets it from its precompiled module.`,
    );
  }
  const lang = attributes.lang ?? options.lang;
  const pack = await contentFor(options, lang);
  if (attributes.pack !== undefined && pack.meta.id !== attributes.pack) {
    throw new RenderError(`<${tag} pack="${attributes.pack}">: the pack given is "${pack.meta.id}".`);
  }

  serverPage.lang = lang;
  serverPage.widgets = new Map(Object.entries(options.widgets ?? {}).map(([name, id]) => [name, { id }]));
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  // A template made here (tag and attributes are data, checked above): `.content` hands the pack over.
  const strings = [`<${tag}${attrs} .content=`, `></${tag}>`];
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, pack);
  let out: string;
  try {
    out = await collectResult(render(template));
  } catch (error) {
    throw new RenderError(`<${tag}> could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The page-level template's own markers: nothing hydrates the page, only the element.
  out = out.replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // Each shadow root links its element's stylesheet instead of an inline <style> (strict CSP).
  const base = options.base ?? './';
  out = out.replace(
    /<(trust-[a-z-]+)((?:\s[^>]*)?)><template shadowroot="open" shadowrootmode="open"><style>[\s\S]*?<\/style>/g,
    (_all, name: string, rest: string) =>
      `<${name}${rest}><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="${escapeAttribute(`${base}styles/${name}.css`)}">`,
  );
  // A precompiled pack (`pack="<id>"`) comes from its module on the page, a `src` pack from its
  // address: neither is written inline.
  const inline =
    options.pack === undefined || attributes.pack !== undefined || attributes.src !== undefined
      ? ''
      : `<script type="application/json">${scriptJson(options.pack)}</script>`;
  const end = `</${tag}>`;
  if (!out.endsWith(end)) throw new RenderError(`<${tag}> rendered unexpected markup.`);
  return `${out.slice(0, -end.length)}${options.children ?? ''}${inline}${end}`;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderHtmlResult {
  html: string;
  /** The elements rendered, by tag, in document order. */
  rendered: string[];
  /** `trust-*` elements left as they were: an unknown tag, or one already prerendered. */
  skipped: string[];
}

/**
 * Renders every known `trust-*` element of an HTML document in place (their language from the
 * nearest `lang` around them, a pack from an inline JSON child or, through `resolveSrc`, from the
 * address in `src`, the links between them from the page), and leaves the rest of the document byte for byte. Throws a `RenderError` naming every
 * element that failed, so a caller never writes a half-rendered page.
 */
export interface RenderHtmlOptions extends Pick<WidgetOptions, 'base'> {
  /**
   * The pack at a `src` address (parsed JSON), for elements that name one: the CLI reads the file
   * the address names on disk. Without it, an element with `src` fails (the page is not changed).
   */
  resolveSrc?: (src: string) => unknown;
}

export async function renderHtml(source: string, options: RenderHtmlOptions = {}): Promise<RenderHtmlResult> {
  const document = parse(source, { sourceCodeLocationInfo: true });
  const found: { element: Element; lang?: string }[] = [];
  const widgets: Record<string, string> = {};
  const walk = (node: Node, lang: string | undefined, inWidget: boolean) => {
    if (!('childNodes' in node)) return;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const own = child.attrs.find((attr) => attr.name === 'lang')?.value;
      const here = own || lang;
      if (child.tagName.startsWith('trust-')) {
        if (isWidgetTag(child.tagName) && !(child.tagName in widgets)) {
          widgets[child.tagName] = child.attrs.find((attr) => attr.name === 'id')?.value ?? '';
        }
        if (!inWidget) found.push({ element: child, lang: here });
        walk(child, here, true);
      } else {
        walk(child.tagName === 'template' ? (child as unknown as { content: Node }).content : child, here, inWidget);
      }
    }
  };
  walk(document, undefined, false);

  const rendered: string[] = [];
  const skipped: string[] = [];
  const failures: string[] = [];
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const { element, lang } of found) {
    const location = element.sourceCodeLocation;
    const tag = element.tagName;
    const children = element.childNodes.filter((child) => !('value' in child && child.value.trim() === ''));
    const prerendered = children.some(
      (child) =>
        'tagName' in child && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'),
    );
    if (!isWidgetTag(tag) || prerendered || !location?.endTag) {
      skipped.push(tag);
      continue;
    }
    const attributes = Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
    const script = element.childNodes.find(
      (child): child is Element =>
        'tagName' in child &&
        child.tagName === 'script' &&
        child.attrs.some((a) => a.name === 'type' && a.value === 'application/json'),
    );
    const inner = { start: location.startTag!.endOffset, end: location.endTag.startOffset };
    let pack: unknown;
    let kept = source.slice(inner.start, inner.end);
    if (script?.sourceCodeLocation) {
      const text = script.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
      try {
        pack = JSON.parse(text);
      } catch (error) {
        failures.push(`<${tag}>: its inline JSON is not valid JSON: ${(error as Error).message}`);
        continue;
      }
      // The pack is written back by the renderer; the other children stay as they are.
      const { startOffset, endOffset } = script.sourceCodeLocation;
      kept = source.slice(inner.start, startOffset) + source.slice(endOffset, inner.end);
    }
    if (pack === undefined && attributes.src !== undefined && options.resolveSrc) {
      try {
        pack = await options.resolveSrc(attributes.src);
      } catch (error) {
        failures.push(`<${tag} src="${attributes.src}">: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
    }
    try {
      const text = await renderWidget(tag, attributes, {
        base: options.base,
        pack,
        lang: lang ?? 'en',
        widgets,
        children: kept,
      });
      replacements.push({ start: location.startOffset, end: location.endOffset, text });
      rendered.push(tag);
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (failures.length)
    throw new RenderError(`${failures.length} element(s) could not be rendered:\n${failures.join('\n')}`);
  let html = source;
  for (const { start, end, text } of replacements.reverse()) html = html.slice(0, start) + text + html.slice(end);
  return { html, rendered, skipped };
}

/** The hash a precompiled pack module carries (`trust-widgets build-pack`), as the widgets check it. */
export { packHash } from '../internal/hydration.js';
/** A pack split by section, as the widgets join it (`trust-widgets build-pack --sections`). */
export { splitPack } from '../internal/sections.js';
