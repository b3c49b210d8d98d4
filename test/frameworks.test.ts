import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createApp, ref } from 'vue/dist/vue.esm-browser.prod.js';
import '../src/index.js';
import type { TrustElement } from '../src/internal/trust-element.js';

/**
 * Vue 3 for real, as the README shows it: tags compiled as custom elements, properties bound,
 * `@trust-*` events heard by the component.
 */
describe('Vue 3', () => {
  it('renders the elements, binds properties and hears trust-* events', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const heard: string[] = [];
    const app = createApp({
      setup: () => ({
        region: ref('GB'),
        heard: (event: CustomEvent<{ causeId: string }>) => heard.push(event.detail.causeId),
      }),
      template: `
        <trust-hotline-banner :region="region" variant="compact"></trust-hotline-banner>
        <trust-causes-explorer share-answers @trust-cause-select="heard"></trust-causes-explorer>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('trust-');
    app.mount(host);
    const banner = host.querySelector('trust-hotline-banner') as TrustElement;
    const explorer = host.querySelector('trust-causes-explorer') as TrustElement;
    await waitUntil(() => banner.shadowRoot?.querySelector('[part~="emergency"] a'), 'banner rendered', {
      timeout: 8000,
    });
    expect(banner.shadowRoot!.querySelector('[part~="emergency"] a')!.getAttribute('href')).to.equal('tel:999');

    await waitUntil(() => explorer.shadowRoot?.querySelector('[role="tab"]'), 'explorer rendered', { timeout: 8000 });
    const tabs = [...explorer.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    tabs[1]!.click();
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.a('string').and.not.equal('');
    app.unmount();
  });
});
