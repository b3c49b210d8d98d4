import { expect, html } from '@open-wc/testing';
import rtlPack from './fixtures/trust-issues.ar-test.json' with { type: 'json' };
import '../src/define/hotline-banner.js';
import '../src/define/quiz.js';
import '../src/define/coping-steps.js';
import '../src/define/signs-checklist.js';
import '../src/define/causes-explorer.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import type { ContentPack } from '../src/schema/index.js';
import { $, $$, render, textOf } from './helpers.js';

/**
 * Every element given a right-to-left pack (the test-only pack from make-rtl-pack.mjs) marks its
 * base `dir="rtl"` and lays out mirrored: what sits at the left in English sits at the right here.
 */
const pack = (): ContentPack => structuredClone(rtlPack) as ContentPack;
const box = (node: Element) => node.getBoundingClientRect();

/** The base part carries the pack's language and direction, and the browser lays it out right to left. */
async function expectRtlBase(el: TrustElement): Promise<HTMLElement> {
  const base = $(el, '[part~="base"]');
  expect(base.getAttribute('dir')).to.equal('rtl');
  expect(base.getAttribute('lang')).to.equal('ar');
  expect(getComputedStyle(base).direction).to.equal('rtl');
  return base;
}

describe('the RTL test pack', () => {
  it('is a test-only pack and says so', () => {
    expect(rtlPack.meta).to.include({ id: 'trust-issues-ar-test', locale: 'ar', direction: 'rtl' });
    expect(rtlPack.meta.title).to.match(/^TEST ONLY/);
  });
});

describe('<trust-hotline-banner> right to left', () => {
  it('puts its accent edge on the right and the quick exit on the left', async () => {
    const el = await render<TrustElement>(
      html`<trust-hotline-banner
        .content=${pack()}
        region="US"
        quick-exit="https://www.example.org/"
      ></trust-hotline-banner>`,
    );
    const base = await expectRtlBase(el);
    expect(getComputedStyle(base).borderRightWidth).to.equal('6px');
    expect(getComputedStyle(base).borderLeftWidth).to.equal('1px');
    expect(textOf($(el, '[part~="heading"]'))).to.equal('لست وحدك');
    expect(textOf($(el, '[part~="emergency"]'))).to.equal('في خطر الآن؟ اتصل بالرقم 911');
    // Heading first in the source, so it is the rightmost; the quick exit sits to its left.
    expect(box($(el, '[part~="quick-exit"]')).right).to.be.at.most(box($(el, '[part~="heading"]')).left);
    await expect(el).to.be.accessible();
  });

  it('puts the region label to the right of the region picker', async () => {
    const el = await render<TrustElement>(
      html`<trust-hotline-banner .content=${pack()} region="US"></trust-hotline-banner>`,
    );
    await expectRtlBase(el);
    const label = $(el, 'label[for="region"]');
    expect(textOf(label)).to.equal('بلدك');
    expect(box(label).left).to.be.at.least(box($(el, '[part~="region-select"]')).right);
    await expect(el).to.be.accessible();
  });
});

describe('<trust-quiz> right to left', () => {
  it('puts the disclaimer rule on the right of the intro', async () => {
    const el = await render<TrustElement>(html`<trust-quiz .content=${pack()}></trust-quiz>`);
    await expectRtlBase(el);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('كيف حال الثقة لديك الآن؟');
    const disclaimer = getComputedStyle($(el, '[part~="disclaimer"]'));
    expect(disclaimer.borderRightWidth).to.equal('4px');
    expect(disclaimer.borderLeftWidth).to.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('shows Next to the left of Back, and each radio to the right of its label', async () => {
    const el = await render<TrustElement>(html`<trust-quiz .content=${pack()}></trust-quiz>`);
    $(el, 'button.start').click();
    await el.updateComplete;
    const back = $(el, 'button.back');
    const next = $(el, 'button.next');
    expect(textOf(next)).to.equal('التالي');
    expect(textOf(back)).to.equal('السابق');
    expect(box(next).right).to.be.at.most(box(back).left);
    const option = $$(el, 'label.option')[0]!;
    expect(box(option.querySelector('input')!).left).to.be.at.least(box(option.querySelector('span')!).right);
    await expect(el).to.be.accessible();
  });
});

describe('<trust-coping-steps> right to left', () => {
  it('starts its buttons at the right, pushes Next to the left end, and puts the reflection rule on the right', async () => {
    const el = await render<TrustElement>(html`<trust-coping-steps .content=${pack()}></trust-coping-steps>`);
    await expectRtlBase(el);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('طرق لاستعادة الثقة');
    $(el, '[part~="next"]').click();
    await el.updateComplete;
    const back = $(el, '[part~="back"]');
    const next = $(el, '[part~="next"]');
    expect(textOf(next)).to.contain('الخطوة التالية');
    // The decorative arrow points the way the reader goes: to the left.
    expect(getComputedStyle(next.querySelector('.arrow')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    // The row may wrap in the narrow step column: whatever the wrapping, the row starts at the right
    // (Mark as done, then Back) and Next is pushed to its far end, the left edge.
    const row = box(el.shadowRoot!.querySelector('.actions')!);
    expect(box($(el, '[part~="done-toggle"]')).right).to.be.closeTo(row.right, 1);
    expect(box(next).left).to.be.closeTo(row.left, 1);
    expect(box(back).left).to.be.above(box(next).left);
    const reflection = getComputedStyle($(el, '[part~="reflection"]'));
    expect(reflection.borderRightWidth).to.equal('4px');
    expect(reflection.borderLeftWidth).to.equal('0px');
    await expect(el).to.be.accessible();
  });
});

describe('<trust-signs-checklist> right to left', () => {
  it('puts each checkbox to the right of its sign, and indents the explanation from the right', async () => {
    const el = await render<TrustElement>(html`<trust-signs-checklist .content=${pack()}></trust-signs-checklist>`);
    await expectRtlBase(el);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('علامات قد تلاحظها');
    const label = $(el, '[part~="sign"] label');
    expect(box(label.querySelector('input')!).left).to.be.at.least(box(label.querySelector('span')!).right);
    const explain = $(el, '[part~="explain"]');
    expect(textOf(explain)).to.equal('المزيد');
    expect(box(explain).right).to.be.at.most(box(label).left);
    explain.click();
    await el.updateComplete;
    const explanation = getComputedStyle($(el, '[part~="explanation"]'));
    expect(parseFloat(explanation.marginRight)).to.be.above(0);
    expect(explanation.marginLeft).to.equal('0px');
    await expect(el).to.be.accessible();
  });
});

describe('<trust-causes-explorer> right to left', () => {
  it('runs the relationship filter from right to left', async () => {
    const el = await render<TrustElement>(html`<trust-causes-explorer .content=${pack()}></trust-causes-explorer>`);
    await expectRtlBase(el);
    expect(textOf($(el, '[part~="heading"]'))).to.equal('من أين تأتي مشاكل الثقة');
    const [all, second] = $$(el, '.filter-options label');
    expect(textOf(all!)).to.equal('كل العلاقات');
    expect(box(all!).left).to.be.at.least(box(second!).right);
    await expect(el).to.be.accessible();
  });
});
