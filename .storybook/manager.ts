import { createElement as h, useState, useSyncExternalStore, type FormEvent } from 'react';
import { Button, PopoverProvider } from 'storybook/internal/components';
import { FORCE_REMOUNT } from 'storybook/internal/core-events';
import { addons, types, useGlobals, type API } from 'storybook/manager-api';
import { styled } from 'storybook/theming';
import { ADDON_ID, EVENTS, GLOBAL, fileKey, urlKey, type LoadRequest, type LoadResult } from './pack-events.js';

/**
 * The toolbar's pack tool: a publisher loads their own content pack (a file from their computer,
 * or an https: address or a path on this Storybook) and every story shows its words, until they
 * go back to the built-in pack. The choice is the `trustPack` global, so it lasts while they move
 * between stories and docs pages; it is not kept in the address bar (a URL is not a safe global
 * value there) nor anywhere else, so reloading Storybook starts again from the built-in pack.
 * The preview reads the pack (pack-loader.ts) and says how it went; an invalid pack is still
 * shown, so the elements can show their error panel.
 */

const MAX_BYTES = 1_000_000;

interface Status {
  tone: 'idle' | 'busy' | 'ok' | 'error';
  text: string;
}

/** What the tool shows, kept outside React: the toolbar re-mounts its tools as the reader moves around. */
const store = {
  status: { tone: 'idle', text: 'Showing the built-in packs: the Locale menu picks English or Spanish.' } as Status,
  /** The current choice's name for people (a file name or address), by key. */
  names: new Map<string, string>([['', 'built-in']]),
  /** The titles (`meta.title`) of the valid packs, by key. */
  titles: new Map<string, string>([['', 'the built-in pack for the Locale menu’s language']]),
  listeners: new Set<() => void>(),
  set(status: Status) {
    this.status = status;
    for (const listener of this.listeners) listener();
  },
};
const subscribe = (listener: () => void) => {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
};

/** The load the publisher is waiting for, and the file whose text the preview may ask for again. */
let pending: string | undefined;
let file: Extract<LoadRequest, { kind: 'file' }> | undefined;
let loads = 0;

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

function describe(result: LoadResult): Status {
  switch (result.state) {
    case 'ready':
      return { tone: 'ok', text: `Showing “${result.title}” (${result.source}) in every story.` };
    case 'invalid': {
      const [first] = result.problems;
      return {
        tone: 'error',
        text:
          `${result.source} is not a valid content pack (${plural(result.problems.length, 'problem', 'problems')}; ` +
          `first: ${first?.path || '(the pack)'}: ${first?.message}). Every element shows its error panel listing them.`,
      };
    }
    case 'failed':
      return { tone: 'error', text: `Could not load ${result.source}: ${result.message}.` };
  }
}

function use(api: API, key: string): void {
  api.updateGlobals({ [GLOBAL]: key });
  // A story that acts in `play` (a quiz answered up to a question) is played again on the new pack.
  const { viewMode, storyId } = api.getUrlState();
  if (viewMode === 'story' && storyId) api.emit(FORCE_REMOUNT, { storyId });
}

function request(api: API, load: LoadRequest, name: string): void {
  pending = load.key;
  store.names.set(load.key, name);
  store.set({ tone: 'busy', text: `Loading ${name}…` });
  api.emit(EVENTS.load, load);
}

/** An https: address, or one on this Storybook's own origin (a path such as example-packs/x.json). */
function address(input: string): { url: string } | { error: string } {
  const text = input.trim();
  if (!text) return { error: 'Type the address of a pack first.' };
  let url: URL;
  try {
    url = new URL(text, window.location.href);
  } catch {
    return { error: `“${text}” is not an address.` };
  }
  if (url.protocol === 'https:' || url.origin === window.location.origin) return { url: url.href };
  return {
    error: 'Use an https: address, or a path on this Storybook such as example-packs/harbour-weekly.en.json.',
  };
}

const Panel = styled.div(({ theme }) => ({
  display: 'grid',
  gap: 10,
  padding: 12,
  maxWidth: 380,
  background: theme.background.content,
  color: theme.color.defaultText,
  fontSize: theme.typography.size.s2,
  '& h2': { margin: 0, fontSize: theme.typography.size.s3 },
  '& p': { margin: 0 },
  '& label': { display: 'grid', gap: 4, fontWeight: theme.typography.weight.bold },
  '& input[type="text"]': {
    font: 'inherit',
    padding: '4px 6px',
    border: `1px solid ${theme.appBorderColor}`,
    borderRadius: theme.input.borderRadius,
    background: theme.input.background,
    color: theme.input.color,
  },
  '& form': { display: 'grid', gap: 6 },
  '& [role="status"][data-tone="error"]': { color: theme.color.negativeText },
  '& [role="status"][data-tone="ok"]': { color: theme.color.positiveText },
}));

function PackPanel({ api }: { api: API }) {
  const status = useSyncExternalStore(subscribe, () => store.status);
  const [globals] = useGlobals();
  const [url, setUrl] = useState('');
  const current = String(globals[GLOBAL] ?? '');

  const loadUrl = (event: FormEvent) => {
    event.preventDefault();
    const checked = address(url);
    if ('error' in checked) return store.set({ tone: 'error', text: checked.error });
    request(api, { key: urlKey(++loads, checked.url), kind: 'url', url: checked.url }, checked.url);
  };
  const loadFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      return store.set({ tone: 'error', text: `${chosen.name} is larger than 1 MB, the most an element will load.` });
    }
    file = { key: fileKey(++loads, chosen.name), kind: 'file', name: chosen.name, text: await chosen.text() };
    request(api, file, chosen.name);
  };
  const builtIn = () => {
    pending = undefined;
    use(api, '');
    store.set({ tone: 'idle', text: 'Showing the built-in packs again.' });
  };

  return h(
    Panel,
    { id: 'trust-pack-panel' },
    h('h2', null, 'Your content pack'),
    h(
      'p',
      null,
      `Every story shows: ${store.titles.get(current) ?? store.names.get(current) ?? current.replace(/^\w+:\d+:/, '')}.`,
    ),
    h(
      'label',
      null,
      'A pack file on this computer',
      h('input', {
        id: 'trust-pack-file',
        type: 'file',
        accept: '.json,application/json',
        onChange: (event: { currentTarget: HTMLInputElement }) => {
          // Emptied once read, so choosing the same file again (edited since) reads it again.
          const input = event.currentTarget;
          void loadFile(input.files?.[0]).finally(() => (input.value = ''));
        },
      }),
    ),
    h(
      'form',
      { onSubmit: loadUrl },
      h(
        'label',
        null,
        'Or its address (https:, or a path on this Storybook)',
        h('input', {
          id: 'trust-pack-url',
          type: 'text',
          inputMode: 'url',
          spellCheck: false,
          placeholder: 'https://example.com/my-pack.json',
          value: url,
          onChange: (event: { currentTarget: HTMLInputElement }) => setUrl(event.currentTarget.value),
        }),
      ),
      h(Button, { id: 'trust-pack-load', type: 'submit', variant: 'solid', ariaLabel: false }, 'Load this address'),
    ),
    h(
      Button,
      { id: 'trust-pack-builtin', variant: 'outline', ariaLabel: false, disabled: current === '', onClick: builtIn },
      'Back to the built-in pack',
    ),
    h('p', { id: 'trust-pack-status', role: 'status', 'data-tone': status.tone }, status.text),
  );
}

function PackTool({ api }: { api: API }) {
  const status = useSyncExternalStore(subscribe, () => store.status);
  const [globals] = useGlobals();
  const current = String(globals[GLOBAL] ?? '');
  const name = store.names.get(current) ?? 'built-in';
  const label = `Pack: ${current ? name.split('/').at(-1) : 'built-in'}${status.tone === 'error' ? ' ⚠' : ''}`;
  return h(
    PopoverProvider,
    { ariaLabel: 'Your content pack', placement: 'bottom', padding: 0, popover: () => h(PackPanel, { api }) },
    h(
      Button,
      { id: 'trust-pack-tool', variant: 'ghost', padding: 'small', ariaLabel: false, tooltip: status.text },
      label,
    ),
  );
}

addons.register(ADDON_ID, (api) => {
  api.on(EVENTS.result, (result: LoadResult) => {
    const current = String(api.getGlobals()[GLOBAL] ?? '');
    if (result.key !== pending && result.key !== current) return; // an answer nobody waits for any more
    if (result.state === 'ready') store.titles.set(result.key, `“${result.title}”`);
    if (result.key === pending) {
      pending = undefined;
      if (result.state !== 'failed') use(api, result.key);
    }
    const status = describe(result);
    if (result.state === 'failed' && result.key !== current) {
      status.text += ` The stories still show the ${current ? store.names.get(current) : 'built-in'} pack.`;
    }
    store.set(status);
  });
  // The preview was reloaded while a file was chosen: it asks for the file's text again.
  api.on(EVENTS.resend, ({ key }: { key: string }) => {
    if (file?.key === key) api.emit(EVENTS.load, file);
  });
  addons.add(`${ADDON_ID}/tool`, {
    type: types.TOOL,
    title: 'Content pack',
    match: ({ tabId }) => !tabId,
    render: () => h(PackTool, { api }),
  });
});
