import { expect, html, waitUntil } from '@open-wc/testing';
import arPack from './fixtures/trust-issues.ar-test.json' with { type: 'json' };
import '../src/define/quiz.js';
import '../src/define/signs-checklist.js';
import '../src/define/causes-explorer.js';
import '../src/define/coping-steps.js';
import type { TrustSignsChecklist } from '../src/components/signs-checklist/signs-checklist.js';
import type { TrustCausesExplorer } from '../src/components/causes-explorer/causes-explorer.js';
import type { TrustCopingSteps } from '../src/components/coping-steps/coping-steps.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import type { ContentPack } from '../src/schema/index.js';
import { parseContentPack } from '../src/schema/parse.js';
import { $, $$, render, textOf } from './helpers.js';

/**
 * Every count string takes the plural forms of the pack's language (issue 16): Arabic has six
 * (`zero` for 0, `one`, `two`, `few` for 3–10, `many` for 11–99, `other`), so a pack in `ar` that
 * writes each form gets the right one for every count; a plain string still serves every count.
 */
const SIX = (what: string) => ({
  zero: `zero ${what}`,
  one: `one ${what}`,
  two: `two ${what}`,
  few: `few {count} ${what}`,
  many: `many {count} ${what}`,
  other: `other {count} ${what}`,
});

function arabic(): ContentPack {
  const pack = structuredClone(arPack) as ContentPack;
  pack.ui.checklist.count = SIX('ticked of {total}');
  pack.ui.explorer.shownCount = SIX('shown');
  pack.ui.steps.doneCount = SIX('done');
  pack.ui.quiz.questionCount = { one: 'one question', other: 'other {total} questions' };
  // The plural forms are valid content: the same schema that the CLI and the widgets use accepts them.
  const parsed = parseContentPack(pack);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.pack;
}

describe('plural forms of count strings', () => {
  it('<trust-signs-checklist>: zero, one, two and few ticks each take their own Arabic form', async () => {
    const el = await render<TrustSignsChecklist>(
      html`<trust-signs-checklist .content=${arabic()}></trust-signs-checklist>`,
    );
    const total = $$(el, 'input[type="checkbox"]').length;
    const said: string[] = [textOf($(el, '[part~="count"]'))];
    for (let i = 0; i < 3; i += 1) {
      ($$(el, 'input[type="checkbox"]')[i] as HTMLInputElement).click();
      await el.updateComplete;
      said.push(textOf($(el, '[part~="count"]')));
    }
    expect(said).to.deep.equal([
      `zero ticked of ${total}`,
      `one ticked of ${total}`,
      `two ticked of ${total}`,
      `few 3 ticked of ${total}`,
    ]);
  });

  it('<trust-causes-explorer>: the filter announcement takes the form of the count shown', async () => {
    const el = await render<TrustCausesExplorer>(
      html`<trust-causes-explorer .content=${arabic()}></trust-causes-explorer>`,
    );
    ($(el, 'input[value="work"]') as HTMLInputElement).click();
    await el.updateComplete;
    const live = () => textOf($(el, '[role="status"]'));
    await waitUntil(() => live() !== '', 'nothing was announced', { timeout: 2000 });
    expect(live()).to.equal('few 4 shown');
  });

  it('<trust-coping-steps>: the done count takes the form of the steps done', async () => {
    const el = await render<TrustCopingSteps>(html`<trust-coping-steps .content=${arabic()}></trust-coping-steps>`);
    expect(textOf($(el, '[part~="progress"]'))).to.equal('zero done');
    $(el, '[part~="done-toggle"]').click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="progress"]'))).to.equal('one done');
  });

  it("<trust-quiz>: the question count takes the form of the quiz's length, other forms falling back to `other`", async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz .content=${arabic()}></trust-quiz>`);
    // 12 is `many` in Arabic; the pack wrote no `many`, so `other` is used.
    expect(textOf(el)).to.contain('other 12 questions');
  });

  it('Spanish built-in strings: one and more than one', async () => {
    const el = await render<TrustSignsChecklist>(html`<trust-signs-checklist lang="es"></trust-signs-checklist>`);
    const total = $$(el, 'input[type="checkbox"]').length;
    ($$(el, 'input[type="checkbox"]')[0] as HTMLInputElement).click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="count"]'))).to.equal(`1 de ${total} te suena`);
    ($$(el, 'input[type="checkbox"]')[1] as HTMLInputElement).click();
    await el.updateComplete;
    expect(textOf($(el, '[part~="count"]'))).to.equal(`2 de ${total} te suenan`);
  });

  it('plural forms with an unknown category or no `other` are refused with their path and problem', () => {
    const problems = (doneCount: unknown) => {
      const pack = structuredClone(arPack) as unknown as { ui: { steps: Record<string, unknown> } };
      pack.ui.steps.doneCount = doneCount;
      return parseContentPack(pack).problems.map(({ path, message }) => `${path}: ${message}`);
    };
    expect(problems({ one: 'one done', other: 'done', lots: 'many done' })).to.deep.equal([
      'ui.steps.doneCount: Unrecognized key: "lots"',
    ]);
    expect(problems({ one: 'one done' })).to.deep.equal(['ui.steps.doneCount.other: Required, but missing']);
    expect(problems(3)).to.deep.equal(['ui.steps.doneCount: Expected string, but got a number']);
  });
});
