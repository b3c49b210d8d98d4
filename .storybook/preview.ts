/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import manifest from '../custom-elements.json' with { type: 'json' };
import calm from '../src/themes/calm.css?raw';
import warm from '../src/themes/warm.css?raw';
import highContrast from '../src/themes/high-contrast.css?raw';
import '../src/index.js';
import { GLOBAL } from './pack-events.js';
import { packLoader } from './pack-loader.js';

// Autodocs read custom-elements.json (`npm run analyze`). Static members (test hooks such as the
// banner's `leave`) are not something a publisher sets in markup, so the tables leave them out.
type Member = { static?: boolean };
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'members' in declaration && Array.isArray(declaration.members)
        ? { ...declaration, members: (declaration.members as Member[]).filter((member) => !member.static) }
        : declaration,
    ),
  })),
});

/** The theme presets, exactly as shipped (src/themes/), adopted by the preview document. */
const presets: Record<string, CSSStyleSheet> = Object.fromEntries(
  Object.entries({ calm, warm, 'high-contrast': highContrast }).map(([name, text]) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return [name, sheet];
  }),
);

/** A backdrop for the story that follows the chosen scheme, so dark elements sit on a dark page. */
const frame = new CSSStyleSheet();
frame.replaceSync(`
  .trust-story { padding: 1rem; }
  .trust-story[data-scheme='dark'] { background: #0d1117; color: #e8edf3; color-scheme: dark; }
  .trust-story[data-scheme='light'] { background: #ffffff; color: #1b2330; color-scheme: light; }
`);

function usePreset(name: string): void {
  const others = document.adoptedStyleSheets.filter(
    (sheet) => sheet !== frame && !Object.values(presets).includes(sheet),
  );
  document.adoptedStyleSheets = [...others, frame, ...(presets[name] ? [presets[name]] : [])];
}

/**
 * The toolbar's choices applied to every story: the theme preset (on the document, as a publisher
 * links it), light/dark (the `theme` attribute on every trust-* element in the story, unless the
 * story sets its own) and the locale (`lang` on a wrapper; the elements pick the built-in pack for
 * the nearest `lang`, so the story is re-created when it changes). The story is re-created too when
 * the publisher loads another pack from the toolbar's pack tool (manager.ts): the story itself puts
 * it in its elements' `content` (stories/story-pack.ts).
 */
const withToolbar: Decorator = (story, context) => {
  const { preset = 'none', scheme = 'auto', locale = 'en' } = context.globals as Record<string, string>;
  const pack = String(context.globals[GLOBAL] ?? '');
  usePreset(preset);
  const id = `trust-story-${context.id}`;
  if (scheme !== 'auto') {
    requestAnimationFrame(() => {
      for (const el of document.querySelectorAll(`#${CSS.escape(id)} *`)) {
        if (el.localName.startsWith('trust-')) {
          if (el.hasAttribute('theme') && !el.hasAttribute('data-toolbar-theme')) continue; // the story's own
          el.setAttribute('theme', scheme);
          el.setAttribute('data-toolbar-theme', '');
        }
      }
    });
  } else {
    requestAnimationFrame(() => {
      for (const el of document.querySelectorAll(`#${CSS.escape(id)} [data-toolbar-theme]`)) {
        el.removeAttribute('theme');
        el.removeAttribute('data-toolbar-theme');
      }
    });
  }
  // Storybook renders a TemplateResult, not a bare directive result: keyed() goes inside one.
  return html`${keyed(
    `${locale} ${pack}`,
    html`<div class="trust-story" id=${id} lang=${locale} data-scheme=${scheme}>${story()}</div>`,
  )}`;
};

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Content packs',
            'See your own words',
            'Theming',
            'Accessibility and privacy',
            'Content-Security-Policy',
          ],
          'Elements',
        ],
      },
    },
  },
  globalTypes: {
    preset: {
      description: 'Theme preset (src/themes/<name>.css, shipped as trust-widgets/themes/<name>.css)',
      toolbar: {
        title: 'Preset',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'No preset (built-in tokens)' },
          { value: 'calm', title: 'Calm' },
          { value: 'warm', title: 'Warm' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Light or dark: sets theme="…" on every trust-* element',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Follow the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    [GLOBAL]: {
      description:
        'The content pack every story shows: "" for the built-in packs, else the one loaded with the Pack tool in the toolbar',
    },
    locale: {
      description: 'lang of the page around the story: elements use the built-in pack for it',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (en)' },
          { value: 'es', title: 'Español (es)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { preset: 'none', scheme: 'auto', locale: 'en', [GLOBAL]: '' },
  loaders: [packLoader],
  decorators: [withToolbar],
  tags: ['autodocs'],
};

export default preview;
