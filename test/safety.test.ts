import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/index.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import type { TrustHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import type { TrustElement } from '../src/internal/trust-element.js';
import { quizResult } from '../src/components/quiz/quiz.state.js';
import { parseContentPack, type ContentPack } from '../src/schema/index.js';
import { format } from '../src/internal/format.js';
import { $, $$, render, settled, textOf } from './helpers.js';

/** Issue 11: a reader in danger always meets help, whatever else they answer. */
const builtIn = pack as ContentPack;
const quiz = builtIn.quizzes![0]!;
const ui = builtIn.ui;
const SAFETY = 'feel-unsafe';
const safetyIndex = quiz.questions.findIndex((q) => q.id === SAFETY);
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href'));
const radios = (el: TrustQuiz) => $$(el, 'input[type="radio"]') as HTMLInputElement[];
const live = (el: TrustElement) => $(el, '.base > [role="status"]');

async function answerAll(el: TrustQuiz, value: (index: number) => number): Promise<void> {
  $(el, 'button.start').click();
  await el.updateComplete;
  for (let i = 0; i < quiz.questions.length; i++) {
    radios(el)
      .find((r) => r.value === String(value(i)))!
      .click();
    await el.updateComplete;
    $(el, 'button.next').click();
    await el.updateComplete;
  }
}
/** Every answer "Never" (reverse items their healthiest), and `safety` for the safety question. */
const lowWith = (safety: number) => (i: number) => (i === safetyIndex ? safety : quiz.questions[i]!.reverse ? 4 : 0);

describe('safety: the safety question is unscored', () => {
  it('gives the same score and band whatever the safety question is answered', () => {
    const answers = (safety: number) =>
      Object.fromEntries(quiz.questions.map((q, i) => [q.id, i === safetyIndex ? safety : q.reverse ? 4 : 0]));
    const results = [0, 1, 2, 3, 4].map((value) => quizResult(builtIn, quiz, answers(value)));
    for (const result of results) {
      expect(result.score).to.equal(0);
      expect(result.band.id).to.equal(results[0]!.band.id);
      expect(result.max).to.equal((quiz.questions.length - 1) * 4);
    }
    expect(results.map((result) => result.safety.length)).to.deep.equal([0, 1, 1, 1, 1]);
  });

  it('refuses a pack whose safety rule names a scored question, unless the rule says so', () => {
    const scored = structuredClone(builtIn);
    delete scored.quizzes![0]!.questions[safetyIndex]!.scored;
    scored.quizzes![0]!.bands.at(-1)!.max += 4;
    const result = parseContentPack(scored);
    expect(result.ok).to.equal(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.path)).to.deep.equal(['quizzes[0].safety[0].question']);
    expect(problems[0]!.message).to.contain('is scored');
    scored.quizzes![0]!.safety[0]!.scoredQuestion = true;
    expect(parseContentPack(scored).ok).to.equal(true);
  });

  it('refuses an elsewhere directory that is not https:', () => {
    const bad = structuredClone(builtIn);
    bad.hotlines.elsewhere.url = 'http://findahelpline.com';
    const result = parseContentPack(bad);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).to.deep.equal(['hotlines.elsewhere.url']);
  });
});

describe('safety: the rule fires on any answer above the lowest', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  /** A quiz on the safety question, every earlier question answered "Never". */
  async function atSafetyQuestion(): Promise<TrustQuiz> {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    $(el, 'button.start').click();
    await el.updateComplete;
    for (let i = 0; i < safetyIndex; i++) {
      radios(el)[0]!.click();
      await el.updateComplete;
      $(el, 'button.next').click();
      await el.updateComplete;
    }
    return el;
  }
  const choose = async (el: TrustQuiz, value: number) => {
    radios(el)
      .find((r) => r.value === String(value))!
      .click();
    await el.updateComplete;
  };

  it('shows no help panel for "Never"', async () => {
    const el = await atSafetyQuestion();
    await choose(el, 0);
    expect(el.shadowRoot!.querySelector('[part~="safety"]')).to.equal(null);
  });

  it('shows help at once for "Rarely", below the answers, announced in one sentence', async () => {
    const el = await atSafetyQuestion();
    await choose(el, 1);
    const safety = $(el, '[part~="safety"]');
    expect(safety.getAttribute('role')).to.equal(null);
    // Under the question: it never pushes the chosen answer down.
    const fieldset = $(el, 'fieldset');
    expect(fieldset.compareDocumentPosition(safety) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    const banner = safety.querySelector<TrustHotlineBanner>('trust-hotline-banner')!;
    await settled(banner);
    expect(hrefs(banner)).to.include.members(['tel:+18007997233', 'tel:988']);
    await waitUntil(() => textOf(live(el)) === ui.quiz.safetyAnnounce, 'announces one short sentence');
    await expect(el).to.be.accessible();
  });

  it('brings the help into view on a small screen, with the chosen answer still in view', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await atSafetyQuestion();
    const radio = radios(el)[2]!;
    radio.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(radio.checked).to.equal(true);
    const title = $(el, '.safety-title');
    await waitUntil(() => {
      const box = title.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, 'the safety heading scrolled into view');
    const box = radio.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(innerHeight);
    expect(el.shadowRoot!.activeElement).to.equal(radio);
  });
});

describe('safety: the result leads with help', () => {
  it('focuses a heading about safety, shows the hotlines before anything else, and gives no reassuring verdict', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await answerAll(el, lowWith(1));
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.matches('.view-heading'), 'focus moved to the result heading');
    const heading = el.shadowRoot!.activeElement!;
    expect(textOf(heading)).to.equal(ui.quiz.safetyTitle);
    const result = $(el, '.result');
    const banner = result.querySelector<TrustHotlineBanner>('trust-hotline-banner')!;
    const other = result.querySelector('.other-answers')!;
    expect(heading.compareDocumentPosition(banner) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(banner.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await settled(banner);
    expect(hrefs(banner)).to.include('tel:+18007997233');
    expect(banner.variant).to.equal('inline');
    const text = textOf(el);
    for (const band of quiz.bands) expect(text).not.to.contain(band.title);
    expect(text).to.contain(quiz.safety[0]!.message);
    expect(text).to.contain(quiz.disclaimer);
    // One alert, not two: the result has no live region of its own for the help.
    expect($$(el, '[role="alert"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows the band as before when the safety question is answered "Never", with no numeric score', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await answerAll(el, lowWith(0));
    expect(textOf($(el, '.view-heading'))).to.equal(quiz.bands[0]!.title);
    expect(el.shadowRoot!.querySelector('.score')).to.equal(null);
    expect(textOf(el)).not.to.contain(ui.quiz.safetyTitle);
  });
});

describe('safety: help is one step away on every screen of every element', () => {
  async function opensHelp(el: TrustElement): Promise<void> {
    const details = $(el, 'details[part~="help-now"]') as HTMLDetailsElement;
    const summary = details.querySelector('summary')!;
    expect(textOf(summary)).to.equal(ui.common.helpNow);
    expect(details.open).to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter opens the help');
    const banner = details.querySelector<TrustHotlineBanner>('trust-hotline-banner')!;
    await settled(banner);
    expect(banner.checkVisibility()).to.equal(true);
    expect(hrefs(banner)).to.include.members(['tel:988', 'tel:911']);
    await expect(el).to.be.accessible();
  }

  it('quiz: intro, every question and the result, keeping the answers and the open help', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    await opensHelp(el);
    $(el, 'button.start').click();
    await el.updateComplete;
    for (let i = 0; i < quiz.questions.length; i++) {
      const details = $(el, 'details[part~="help-now"]') as HTMLDetailsElement;
      expect(details.open, `question ${i + 1}`).to.equal(true);
      radios(el)[0]!.click();
      await el.updateComplete;
      $(el, 'button.next').click();
      await el.updateComplete;
    }
    expect($(el, '.result')).to.exist;
    ($(el, 'details[part~="help-now"]') as HTMLDetailsElement).open = false;
    await opensHelp(el);
  });

  it('quiz: on a question screen, opening help keeps the chosen answer', async () => {
    const el = await render<TrustQuiz>(html`<trust-quiz region="US"></trust-quiz>`);
    $(el, 'button.start').click();
    await el.updateComplete;
    radios(el)[3]!.click();
    await el.updateComplete;
    await opensHelp(el);
    expect(radios(el)[3]!.checked).to.equal(true);
  });

  it('signs checklist', async () => {
    await opensHelp(await render(html`<trust-signs-checklist region="US"></trust-signs-checklist>`));
  });

  it('causes explorer', async () => {
    await opensHelp(await render(html`<trust-causes-explorer region="US"></trust-causes-explorer>`));
  });

  it('every step of every coping track', async () => {
    const el = await render(html`<trust-coping-steps region="US"></trust-coping-steps>`);
    for (const track of builtIn.coping!.tracks) {
      (el as unknown as { track: string }).track = track.id;
      await el.updateComplete;
      for (let i = 0; i < track.steps.length; i++) {
        (el as unknown as { step: string }).step = track.steps[i]!.id;
        await el.updateComplete;
        await new Promise(requestAnimationFrame); // the step change moves focus to its heading first
        const details = $(el, 'details[part~="help-now"]') as HTMLDetailsElement;
        details.open = false;
        await opensHelp(el);
      }
    }
  });

  it('is not on the banner itself, which is the help', async () => {
    const el = await render(html`<trust-hotline-banner region="US"></trust-hotline-banner>`);
    expect(el.shadowRoot!.querySelector('[part~="help-now"]')).to.equal(null);
  });
});

describe('safety: regions are named, and a reader outside them is told so', () => {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).languages;
    Object.defineProperty(Navigator.prototype, 'languages', original);
  });

  for (const variant of ['inline', 'compact']) {
    it(`${variant} banner: names the region and lets the reader change it`, async () => {
      const el = await render<TrustHotlineBanner>(
        html`<trust-hotline-banner region="GB" variant=${variant}></trust-hotline-banner>`,
      );
      const select = $(el, 'select') as HTMLSelectElement;
      expect(textOf($(el, '[part~="region"] label'))).to.equal(ui.banner.regionLabel);
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('United Kingdom');
      select.value = 'IE';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($(el, '[part~="emergency"] a').getAttribute('href')).to.equal('tel:112');
      expect(hrefs(el)).to.include('https://findahelpline.com');
      await expect(el).to.be.accessible();
    });

    it(`${variant} banner: a region not in the pack (MX) is told so, sees the directory and US lines labelled as US`, async () => {
      const el = await render<TrustHotlineBanner>(
        html`<trust-hotline-banner region="MX" variant=${variant}></trust-hotline-banner>`,
      );
      const notice = $(el, '[part~="not-covered"]');
      expect(textOf(notice)).to.contain(format(ui.banner.notCovered, { wanted: 'Mexico', region: 'United States' }));
      expect([...notice.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://findahelpline.com',
      ]);
      const list = $(el, '[part~="list"]');
      expect(notice.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(($(el, 'select') as HTMLSelectElement).value).to.equal('US');
      await expect(el).to.be.accessible();
    });
  }

  it('tells a reader whose browser says es-MX, with no region attribute', async () => {
    Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'es'], configurable: true });
    const el = await render<TrustHotlineBanner>(html`<trust-hotline-banner lang="es"></trust-hotline-banner>`);
    expect(textOf($(el, '[part~="not-covered"]'))).to.contain('México');
    expect(textOf($(el, '[part~="not-covered"]'))).to.contain('Estados Unidos');
  });

  it('never throws and never shows an empty banner for a region code that is nonsense', async () => {
    for (const region of ['ZZ', 'x', '12', 'United Kingdom', '']) {
      const el = await render<TrustHotlineBanner>(html`<trust-hotline-banner region=${region}></trust-hotline-banner>`);
      expect(hrefs(el), region).to.include('tel:911');
      expect(el.shadowRoot!.querySelector('[part~="not-covered"]'), region).to.equal(null);
    }
  });

  for (const tag of ['trust-quiz', 'trust-causes-explorer', 'trust-coping-steps', 'trust-signs-checklist']) {
    it(`${tag}: its help names the reader's missing region and the directory`, async () => {
      const el = document.createElement(tag) as TrustElement;
      el.region = 'MX';
      document.body.append(el);
      try {
        await settled(el);
        const banner = el.shadowRoot!.querySelector<TrustHotlineBanner>('[part~="help-now"] trust-hotline-banner')!;
        await waitUntil(
          () => banner.shadowRoot?.querySelector('[part~="not-covered"]'),
          'the help says MX is not covered',
        );
        expect(textOf($(banner, '[part~="not-covered"]'))).to.contain('Mexico');
        expect(hrefs(banner)).to.include('https://findahelpline.com');
      } finally {
        el.remove();
      }
    });
  }
});

describe('privacy: events carry no answers unless the publisher opts in with share-answers', () => {
  /** Records the detail of every trust-* event the page hears while `act` runs. */
  async function heard(act: () => Promise<void>): Promise<string[]> {
    const details: string[] = [];
    const names = [
      'trust-quiz-start',
      'trust-quiz-answer',
      'trust-quiz-complete',
      'trust-checklist-change',
      'trust-cause-select',
    ];
    const listener = (event: Event) => details.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);
    for (const name of names) document.addEventListener(name, listener);
    try {
      await act();
    } finally {
      for (const name of names) document.removeEventListener(name, listener);
    }
    return details;
  }
  const runQuiz = (share: boolean, value: (index: number) => number) => () =>
    render<TrustQuiz>(html`<trust-quiz region="US" ?share-answers=${share}></trust-quiz>`).then((el) =>
      answerAll(el, value),
    );
  const highest = (i: number) => (quiz.questions[i]!.reverse ? 0 : 4);

  it('quiz: the same details for the lowest and the highest answers, the safety answer included', async () => {
    const low = await heard(runQuiz(false, lowWith(0)));
    const high = await heard(runQuiz(false, highest));
    expect(low).to.have.length(quiz.questions.length + 2);
    expect(high).to.deep.equal(low);
    expect(low.at(-1)).to.equal(`trust-quiz-complete {"quizId":"${quiz.id}"}`);
  });

  it('quiz with share-answers: the details carry the answers, score and band', async () => {
    const low = await heard(runQuiz(true, lowWith(0)));
    const high = await heard(runQuiz(true, highest));
    expect(high).not.to.deep.equal(low);
    expect(high.at(-1)).to.contain(`"bandId":"${quiz.bands.at(-1)!.id}"`);
    expect(high[safetyIndex + 1]).to.contain('"value":4');
  });

  it('checklist: the same details whichever sign is ticked; the ids only with share-answers', async () => {
    const tick = (share: boolean, index: number) => async () => {
      const el = await render(html`<trust-signs-checklist ?share-answers=${share}></trust-signs-checklist>`);
      ($$(el, 'input[type="checkbox"]')[index] as HTMLInputElement).click();
      await el.updateComplete;
    };
    const first = await heard(tick(false, 0));
    expect(first).to.have.length(1);
    expect(await heard(tick(false, 5))).to.deep.equal(first);
    const shared = await heard(tick(true, 5));
    const id = builtIn.signs!.groups.flatMap((group) => group.signs)[5]!.id;
    expect(shared[0]).to.contain(`"checkedIds":["${id}"]`);
  });

  it('causes explorer: which cause a reader opens only with share-answers', async () => {
    const open = (share: boolean, index: number) => async () => {
      const el = await render(html`<trust-causes-explorer ?share-answers=${share}></trust-causes-explorer>`);
      $$(el, '[role="tab"]')[index]!.click();
      await el.updateComplete;
    };
    const first = await heard(open(false, 1));
    expect(first).to.deep.equal(['trust-cause-select {}']);
    expect(await heard(open(false, 2))).to.deep.equal(first);
    expect(await heard(open(true, 2))).to.deep.equal([
      `trust-cause-select {"causeId":"${builtIn.causes!.items[2]!.id}"}`,
    ]);
  });

  it('says in each privacy line exactly what is true in each mode', async () => {
    const line = async (template: ReturnType<typeof html>) => textOf($(await render(template), '.privacy'));
    expect(await line(html`<trust-quiz></trust-quiz>`)).to.equal(ui.quiz.privacy);
    expect(await line(html`<trust-quiz share-answers></trust-quiz>`)).to.equal(ui.quiz.privacyShared);
    expect(await line(html`<trust-signs-checklist></trust-signs-checklist>`)).to.equal(ui.checklist.privacy);
    expect(await line(html`<trust-signs-checklist share-answers></trust-signs-checklist>`)).to.equal(
      ui.checklist.privacyShared,
    );
    for (const key of ['privacy', 'privacyPersist'] as const) {
      expect(ui.quiz[key]).to.match(/sends? (and saves )?nothing|sent nowhere/);
    }
  });
});

describe('sources: shown as what the content is based on, never as advisers', () => {
  it('cites articles as "Based on", with no reviewer or expert wording, and no invented title', async () => {
    const el = await render(html`<trust-causes-explorer></trust-causes-explorer>`);
    const sources = $(el, '[part~="sources"]');
    expect(textOf(sources).startsWith(`${ui.common.basedOn}:`)).to.equal(true);
    expect(textOf(el)).not.to.match(/expert input|reviewed by/i);
    const guide = builtIn.meta.sources.find((source) => source.id === 'trust-guide')!;
    expect(guide.title).to.equal(undefined);
    expect(builtIn.meta.clinicalReview).to.equal(undefined);
  });
});
