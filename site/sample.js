// The sample article's settings: a theme preset and the language switch.
//
// Loaded as a module file (no inline script, no style attribute), so the page keeps working under a
// strict Content-Security-Policy (`default-src 'none'; script-src 'self'; style-src 'self'; …`).
// The choice lives in the address (`?preset=warm`): nothing is stored. Copied to dist/ with the
// rest of site/ by `npm run build`; it runs on the built page as served by `npm start`.

const PRESETS = ['calm', 'warm', 'high-contrast'];

/** The preset named in the address, if it is one of ours. */
function presetFromAddress() {
  const name = new URLSearchParams(location.search).get('preset') ?? '';
  return PRESETS.includes(name) ? name : '';
}

/**
 * Links `themes/<name>.css` (next to this file; `npm start` serves src/themes/ there) as a publisher
 * would, or removes it.
 */
function usePreset(name) {
  let link = document.querySelector('link[data-trust-preset]');
  if (!name) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.trustPreset = '';
    document.head.append(link);
  }
  link.href = new URL(`themes/${name}.css`, import.meta.url).href;
}

/** Keeps the preset in the address and in the language link, so switching language keeps it. */
function remember(name) {
  const withPreset = (href) => {
    const url = new URL(href, location.href);
    if (name) url.searchParams.set('preset', name);
    else url.searchParams.delete('preset');
    return url;
  };
  const here = withPreset(location.href);
  history.replaceState(history.state, '', `${here.pathname}${here.search}${here.hash}`);
  for (const link of document.querySelectorAll('a[data-locale-link]')) {
    link.href = withPreset(link.href).href;
  }
}

const select = document.querySelector('#sample-preset');
const initial = presetFromAddress();
usePreset(initial);
remember(initial);
if (select) {
  select.value = initial;
  select.addEventListener('change', () => {
    const name = PRESETS.includes(select.value) ? select.value : '';
    usePreset(name);
    remember(name);
  });
}
