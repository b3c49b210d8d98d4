import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';

/** Extracts a fenced snippet marked `<!-- snippet:name -->` from the README, so the docs stay true. */
async function readmeSnippet(name: string): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const match = readme.match(
    new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\`\`\`\\s*<!-- /snippet:${name} -->`),
  );
  expect(match, `README snippet ${name}`).to.not.equal(null);
  return match![1]!;
}

/** The snippet as a page: the placeholder script URL is pointed at the local build. */
async function snippetPage(name: string): Promise<string> {
  const snippet = (await readmeSnippet(name)).replace(/src="[^"]*trust-widgets\.js"/, 'src="/dist/trust-widgets.js"');
  return `<!doctype html><html lang="en"><head><title>Snippet</title></head><body>${snippet}</body></html>`;
}

describe('README: the CMS HTML block snippet', () => {
  it('renders the full banner when the script runs, hiding the fallback', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CMS page" width="800" height="600"></iframe>`);
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = await snippetPage('cms');
    await loaded;
    const banner = frame.contentDocument!.querySelector('trust-hotline-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="quick-exit"]'), 'banner did not render', {
      timeout: 8000,
    });
    expect(banner.shadowRoot!.querySelector('[part~="quick-exit"]')!.getAttribute('href')).to.equal(
      'https://www.bbc.co.uk/weather',
    );
    const fallback = banner.querySelector('a')!;
    expect(fallback.checkVisibility(), 'light-DOM fallback hidden once upgraded').to.equal(false);
  });

  it('without JavaScript, the fallback quick-exit and hotline links are visible and real', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="CMS page without scripts" sandbox="allow-same-origin" width="800" height="600"></iframe>`,
    );
    const loaded = oneEvent(frame, 'load');
    frame.srcdoc = await snippetPage('cms');
    await loaded;
    const links = [...frame.contentDocument!.querySelectorAll('trust-hotline-banner a')] as HTMLAnchorElement[];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.bbc.co.uk/weather',
      'tel:988',
      'tel:911',
    ]);
    expect(links.every((a) => a.checkVisibility())).to.equal(true);
    expect(frame.contentDocument!.querySelector('trust-hotline-banner')!.shadowRoot).to.equal(null);
  });
});
