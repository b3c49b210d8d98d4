import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import builtIn from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/quiz.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import type { ContentPack } from '../src/schema/index.js';

interface Args {
  region?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  quiz?: string;
  content?: unknown;
}

const pack = builtIn as ContentPack;
const quiz = pack.quizzes![0]!;

/** Waits until the quiz in the story has rendered its content. */
async function ready(canvasElement: HTMLElement): Promise<TrustQuiz> {
  const el = canvasElement.querySelector('trust-quiz')!;
  await customElements.whenDefined('trust-quiz');
  await el.contentReady;
  return el;
}

/**
 * Drives the quiz as a reader would: Start, then for each raw value choose it and press Next,
 * except after the last value unless `finish` (the default when every question is answered).
 */
async function answer(
  canvasElement: HTMLElement,
  values: readonly number[],
  finish = values.length === quiz.questions.length,
): Promise<void> {
  const el = await ready(canvasElement);
  const root = el.shadowRoot!;
  root.querySelector<HTMLButtonElement>('button.start')!.click();
  await el.updateComplete;
  for (const [i, value] of values.entries()) {
    root.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!.click();
    await el.updateComplete;
    if (i < values.length - 1 || finish) {
      root.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
    }
  }
}

/**
 * Raw answers, in question order, whose total score is `score` (the two reverse items count
 * 4 − value); the unscored safety question is answered "Never".
 */
const rawFor = (score: number): number[] => {
  let left = score;
  return quiz.questions.map((q) => {
    if (q.scored === false) return 0;
    const scored = Math.min(4, left);
    left -= scored;
    return q.reverse ? 4 - scored : scored;
  });
};

const meta: Meta<Args> = {
  title: 'Elements/Quiz',
  component: 'trust-quiz',
  args: { region: 'US', persist: false },
  argTypes: {
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<trust-quiz
      region=${args.region ?? nothing}
      quiz=${args.quiz ?? nothing}
      theme=${args.theme ?? nothing}
      ?persist=${args.persist}
      .content=${args.content}
    ></trust-quiz>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Intro: Story = {};

/** Started and answered up to question 4 by clicking, in `play`. */
export const MidQuiz: Story = {
  name: 'Question 4 of 12',
  play: ({ canvasElement }) => answer(canvasElement, [1, 2, 1, 3]),
};

/** Answers scoring 9 of 44. */
export const ResultSteady: Story = {
  name: 'Result: mostly steady',
  play: ({ canvasElement }) => answer(canvasElement, rawFor(9)),
};

/** Answers scoring 22 of 44. */
export const ResultSomeEffort: Story = {
  name: 'Result: some effort',
  play: ({ canvasElement }) => answer(canvasElement, rawFor(22)),
};

/** Answers scoring 40 of 44: the band shows the hotlines. */
export const ResultHeavy: Story = {
  name: 'Result: heavy (with hotlines)',
  play: ({ canvasElement }) => answer(canvasElement, rawFor(40)),
};

/** "Take it again" pressed on a result: the quiz asks inside itself before it clears any answer. */
export const RetakeAsks: Story = {
  name: 'Result: "Take it again" asks first',
  play: async ({ canvasElement }) => {
    await answer(canvasElement, rawFor(22));
    const el = canvasElement.querySelector('trust-quiz')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retake')!.click();
    await el.updateComplete;
  },
};

/** Three answers, then Back to the intro: it offers to pick them up instead of starting again. */
export const AnswersKept: Story = {
  name: 'Intro after Back: answers kept',
  play: async ({ canvasElement }) => {
    await answer(canvasElement, [1, 2, 1], true);
    const el = canvasElement.querySelector('trust-quiz')!;
    for (let i = 0; i < 4; i++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.back')!.click();
      await el.updateComplete;
    }
  },
};

/** The safety question (the last) answered "Rarely": help appears at once, under the answers. */
export const SafetyEscalation: Story = {
  name: 'Safety escalation mid-quiz',
  play: ({ canvasElement }) => answer(canvasElement, [...rawFor(6).slice(0, quiz.questions.length - 1), 1], false),
};

/** Low answers, and the safety question "Rarely": the result leads with help and gives no band verdict. */
export const ResultSafety: Story = {
  name: 'Result: leads with help after the safety question',
  play: ({ canvasElement }) => answer(canvasElement, [...rawFor(3).slice(0, quiz.questions.length - 1), 1]),
};

/** "Need help now?" opened on a question: the hotlines in place, the answer kept. */
export const HelpOpen: Story = {
  name: 'Need help now? (opened on a question)',
  play: async ({ canvasElement }) => {
    await answer(canvasElement, [2], false);
    const el = canvasElement.querySelector('trust-quiz')!;
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="help-now"]')!.open = true;
  },
};

/** A reader in Mexico: the help says Mexico is not covered, links Find A Helpline, labels the US lines. */
export const RegionNotCovered: Story = {
  name: 'Help for a region not in the pack (MX)',
  args: { region: 'MX' },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="help-now"]')!.open = true;
  },
};

/**
 * `persist` with saved answers: the loader seeds localStorage for a pack copy with its own id
 * (`storybook-resume-demo`), so the demo never touches a real reader's saved quiz.
 */
const resumePack = structuredClone(pack);
resumePack.meta.id = 'storybook-resume-demo';
export const PersistResume: Story = {
  name: 'Persist: resume offer',
  args: { persist: true, content: resumePack },
  loaders: [
    () => {
      localStorage.setItem(
        `trust-widgets:${resumePack.meta.id}:quiz:${quiz.id}`,
        JSON.stringify({
          screen: 'question',
          index: 4,
          answers: { 'expect-letdown': 2, 'wait-for-wrong': 3, 'uneasy-close': 1, 'keep-inside': 2 },
        }),
      );
      return {};
    },
  ],
};

const invalid = structuredClone(pack) as unknown as { meta: { version: unknown } };
invalid.meta.version = 7;
export const InvalidContent: Story = {
  name: 'Invalid content (error panel with built-in hotlines)',
  args: { content: invalid },
};

export const UnknownQuiz: Story = {
  name: 'Unknown quiz id',
  args: { quiz: 'no-such-quiz' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: ({ canvasElement }) => answer(canvasElement, [1, 3]),
};

const rtl = structuredClone(pack);
rtl.meta.direction = 'rtl';
rtl.meta.locale = 'ar';
/** The English pack marked right-to-left (`meta.direction: 'rtl'`, `meta.locale: 'ar'`) to check mirroring. */
export const RightToLeft: Story = {
  name: 'RTL pack',
  args: { content: rtl },
  play: ({ canvasElement }) => answer(canvasElement, [2]),
};

export const RightToLeftResult: Story = {
  name: 'RTL pack: result',
  args: { content: rtl },
  play: ({ canvasElement }) => answer(canvasElement, rawFor(22)),
};
