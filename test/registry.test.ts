import { expect } from '@open-wc/testing';
import { ELEMENTS, defineElements } from './hardening/elements.js';

/**
 * The test registry (./hardening/elements.ts) is what every shared suite runs over, so an element
 * missing from it would go untested without a sound. It must name exactly the define modules in
 * src/define/ (listed by the test server's /__test/defines route), and each of them must register
 * the tag the registry gives it.
 */
const moduleName = (define: string) => define.split('/').pop()!;

describe('test registry', () => {
  it('names every define module in src/define/, and no other', async () => {
    const onDisk = ((await (await fetch('/__test/defines')).json()) as string[]).sort();
    expect(onDisk, 'src/define/ lists no modules').to.have.length.greaterThan(0);
    const named = ELEMENTS.map((spec) => moduleName(spec.define)).sort();
    expect(
      onDisk.filter((file) => !named.includes(file)),
      'define modules the registry lacks',
    ).to.deep.equal([]);
    expect(
      named.filter((file) => !onDisk.includes(file)),
      'registry entries with no define module',
    ).to.deep.equal([]);
    expect(named).to.deep.equal(onDisk);
  });

  it('lists the five elements once each', () => {
    expect(ELEMENTS.map((spec) => spec.tag)).to.have.members([
      'trust-hotline-banner',
      'trust-quiz',
      'trust-signs-checklist',
      'trust-causes-explorer',
      'trust-coping-steps',
    ]);
    expect(new Set(ELEMENTS.map((spec) => spec.define)).size).to.equal(ELEMENTS.length);
  });

  it('each define module registers the tag the registry gives it', async () => {
    for (const spec of ELEMENTS) {
      await import(spec.define);
      expect(customElements.get(spec.tag), `${spec.tag} after importing ${spec.define}`).to.be.a('function');
    }
    expect(await defineElements()).to.equal(ELEMENTS);
  });
});
