import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_DEPTH, MAX_MESSAGE, MAX_PROBLEMS, MAX_VALUES, parseContentPack } from '../../src/schema/parse.js';
import { MAX_PACK_BYTES, resetContentCache } from '../../src/internal/content.js';
import { defineElements, clonePack, mount, reload, stubLeave, unmountAll, type ElementSpec } from './elements.js';
import { SEED, fillText, mutatedPack, textArbitrary, validPack } from './packs.js';
import { watchPage } from './watch.js';

/**
 * Bad content: whatever a publisher passes, the validator answers with problems an editor can act
 * on (never an exception), and every element either renders or shows its error panel, with no
 * uncaught exception and no console.error. 10,700 generated inputs (7,500 + 2,200 + 700 for the
 * validator, 60 per element), fixed seed.
 */
const elements = await defineElements();
stubLeave();

/** The validator's contract, checked for one input. */
function checkParse(input: unknown): boolean {
  const result = parseContentPack(input);
  if (result.ok) {
    expect(result.problems).to.deep.equal([]);
    return true;
  }
  expect(result.problems.length, 'problems').to.be.within(1, MAX_PROBLEMS + 1);
  for (const problem of result.problems) {
    expect(problem.path, 'path').to.be.a('string');
    expect(problem.message, 'message').to.be.a('string').and.match(/\S/);
    expect(problem.message.length, 'message length').to.be.at.most(MAX_MESSAGE + 1);
  }
  return false;
}

describe('hardening: parseContentPack with generated bad content', function () {
  this.timeout(60_000);
  it('never throws and explains every problem, for 7,500 arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.anything({ maxDepth: 4 })), (input) => {
        checkParse(input);
      }),
      { seed: SEED, numRuns: 7500 },
    );
  });

  it('never throws and explains every problem, for 2,200 mutations of the built-in pack', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutatedPack, (input) => {
        if (!checkParse(input)) rejected += 1;
      }),
      { seed: SEED, numRuns: 2200 },
    );
    // Most mutations break the pack: the validator is not simply accepting everything.
    expect(rejected).to.be.greaterThan(1200);
  });

  it('accepts 700 schema-valid packs (generated text in free-text fields) and keeps the text exactly', () => {
    fc.assert(
      fc.property(validPack, ({ pack, texts }) => {
        const result = parseContentPack(pack);
        expect(result.problems).to.deep.equal([]);
        const all = JSON.stringify(result.pack);
        for (const text of texts) expect(all).to.contain(JSON.stringify(text).slice(1, -1));
      }),
      { seed: SEED, numRuns: 700 },
    );
  });

  it(`refuses a pack nested deeper than ${MAX_DEPTH} levels with a clear message and path`, () => {
    const pack = clonePack() as unknown as Record<string, unknown>;
    let deep: Record<string, unknown> = {};
    pack.$schema = deep as unknown as string;
    for (let i = 0; i < MAX_DEPTH + 5; i += 1) deep = deep.x = {};
    const result = parseContentPack(pack);
    expect(result.ok).to.equal(false);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]!.message).to.equal(`Nested too deeply: at most ${MAX_DEPTH} levels are allowed`);
    expect(result.problems[0]!.path).to.match(/^\$schema(\.x)+$/);
    // Far deeper than the call stack allows a recursive walk: still an answer, not a crash.
    let bottomless: unknown = 1;
    for (let i = 0; i < 200_000; i += 1) bottomless = [bottomless];
    expect(parseContentPack({ meta: bottomless }).problems[0]!.message).to.contain('Nested too deeply');
  });

  it('keeps the problems of 40,000 unknown ui keys short: each message cut, the panel a few lines tall', async () => {
    const pack = clonePack() as unknown as { ui: Record<string, unknown> };
    for (let i = 0; i < 40_000; i += 1) pack.ui[`unknownKey${i}`] = 'x';
    expect(checkParse(pack)).to.equal(false);
    const el = await mount(
      elements.find((spec) => spec.tag === 'trust-quiz')!,
      pack,
    );
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part~="error"]')!;
    expect(panel.getBoundingClientRect().height, 'error panel height (px)').to.be.below(1000);
    unmountAll();
  });

  it(`refuses a pack with more than ${MAX_VALUES} values with a clear message`, () => {
    const pack = clonePack() as unknown as Record<string, unknown>;
    pack.$schema = Array.from({ length: MAX_VALUES + 1 }, () => 0) as unknown as string;
    expect(parseContentPack(pack).problems).to.deep.equal([
      { path: '', message: `The pack is too large: it holds more than ${MAX_VALUES} values` },
    ]);
  });
});

describe('hardening: every element given generated bad content', function () {
  this.timeout(60_000);
  afterEach(() => {
    unmountAll();
    resetContentCache();
  });

  for (const spec of elements) {
    it(`<${spec.tag}> renders or shows its error panel for 60 generated packs, never an exception or console.error`, async () => {
      const page = watchPage({ quietWarnings: true });
      try {
        const el = await mount(spec, clonePack());
        let errors = 0;
        let rendered = 0;
        let driven = false;
        const inputs = fc.sample(
          fc.oneof(
            { weight: 6, arbitrary: mutatedPack },
            { weight: 2, arbitrary: validPack.map((v) => v.pack) },
            { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
            { weight: 1, arbitrary: textArbitrary.map((text) => fillText(() => text)) },
          ),
          { seed: SEED + spec.tag.length, numRuns: 60 },
        );
        for (const input of inputs) {
          await reload(el, input);
          const error = el.shadowRoot!.querySelector('[part~="error"]');
          // null and undefined mean "no content": the element uses the built-in pack.
          const valid = !error && (input === null || input === undefined || parseContentPack(input).ok);
          if (!error) expect(valid, 'an invalid pack shows the error panel').to.equal(true);
          if (error) {
            errors += 1;
            expect(error.textContent, 'the error panel says what is wrong').to.match(/\S/);
          } else {
            rendered += 1;
            const base = el.shadowRoot!.querySelector('[part~="base"]')!;
            expect(base.querySelectorAll('*').length, 'rendered content').to.be.greaterThan(2);
          }
          if (valid && !error && !driven) {
            driven = true;
            await check(spec, el);
          }
        }
        expect(errors, 'some packs were refused').to.be.greaterThan(0);
        expect(rendered, 'some packs rendered').to.be.greaterThan(0);
        page.expectClean();
      } finally {
        page.stop();
      }
    });
  }

  for (const spec of elements) {
    it(`<${spec.tag}> says plainly that a src larger than ${MAX_PACK_BYTES / 1000} kB is too large`, async () => {
      const page = watchPage({ quietWarnings: true });
      try {
        const el = await mount(spec, undefined, { src: '/__test/huge' });
        const error = el.shadowRoot!.querySelector('[part~="error"]')!;
        expect(error, 'error panel').to.not.equal(null);
        const text = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
        expect(text).to.contain(`${MAX_PACK_BYTES / 1000}`);
        expect(text).to.contain('/__test/huge');
        page.expectClean();
      } finally {
        page.stop();
      }
    });
  }
});

/** A rendered, valid pack can be driven through every state without error. */
async function check(spec: ElementSpec, el: Parameters<ElementSpec['drive']>[0]): Promise<void> {
  const states: string[] = [];
  await spec.drive(el, el.content as never, async (state) => {
    states.push(state);
  });
  expect(states.length).to.be.greaterThan(0);
}
