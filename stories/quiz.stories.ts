import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/quiz.js';
import type { TrustQuiz } from '../src/components/quiz/quiz.js';
import type { ContentPack, Quiz } from '../src/schema/index.js';
import { publisherPack, regionFor, storyContent, storyPack, type PackContext } from './story-pack.js';

interface Args {
  region?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  quiz?: string;
  content?: unknown;
}

/** The quiz the story shows: the one named by `quiz`, else the first, of the pack in use. */
const quizOf = (context: PackContext & { args?: Args }): Quiz | undefined => {
  const quizzes = storyPack(context).quizzes ?? [];
  return quizzes.find((quiz) => quiz.id === context.args?.quiz) ?? quizzes[0];
};

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
 * On a pack that shows the error panel there is nothing to answer, and the panel is left in view.
 */
async function answer(
  { canvasElement, ...context }: StoryContext<Args>,
  values: readonly number[],
  finish = values.length === quizOf(context)?.questions.length,
): Promise<void> {
  const el = await ready(canvasElement);
  const root = el.shadowRoot!;
  const start = root.querySelector<HTMLButtonElement>('button.start');
  if (!start) return;
  start.click();
  await el.updateComplete;
  for (const [i, value] of values.entries()) {
    // The answer with this value, or the nearest one on a pack whose scale has other values.
    const options = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const nearest = (option: HTMLInputElement) => Math.abs(Number(option.value) - value);
    options.sort((a, b) => nearest(a) - nearest(b))[0]?.click();
    await el.updateComplete;
    if (i < values.length - 1 || finish) {
      root.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
    }
  }
}

/** The quiz's lowest and highest answer values. */
const scaleOf = (quiz: Quiz) => {
  const values = quiz.scale.map((point) => point.value);
  return { low: Math.min(...values), high: Math.max(...values) };
};

/**
 * Raw answers, in question order, whose total score is `score` (a reverse item counts
 * high + low − value); unscored questions (the safety question) get the lowest answer.
 */
const rawFor = (quiz: Quiz | undefined, score: number): number[] => {
  if (!quiz) return [];
  const { low, high } = scaleOf(quiz);
  let left = score - quiz.questions.filter((q) => q.scored !== false).length * low;
  return quiz.questions.map((q) => {
    if (q.scored === false) return low;
    const scored = low + Math.max(0, Math.min(high - low, left));
    left -= scored - low;
    return q.reverse ? high + low - scored : scored;
  });
};

/** A score in the middle of the quiz's result band `at` (0 the first, -1 the last). */
const bandScore = (quiz: Quiz | undefined, at: number): number => {
  const band = quiz?.bands.at(at);
  return band ? Math.round((band.min + band.max) / 2) : 0;
};

/** A score in the middle of the middle band. */
const middle = (quiz: Quiz | undefined): number => bandScore(quiz, Math.floor((quiz?.bands.length ?? 1) / 2));

/** Answers in band `at`, all but the safety question, which gets the lowest answer that calls for help. */
const withSafety = (quiz: Quiz | undefined, at: number): number[] => {
  if (!quiz) return [];
  const rule = quiz.safety[0];
  const raw = rawFor(quiz, bandScore(quiz, at));
  const index = quiz.questions.findIndex((q) => q.id === rule?.question);
  if (rule && index >= 0) raw[index] = Math.max(rule.atLeast, scaleOf(quiz).low);
  return raw;
};

const meta: Meta<Args> = {
  title: 'Elements/Quiz',
  component: 'trust-quiz',
  args: { region: 'US', persist: false },
  argTypes: {
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args, context) =>
    html`<trust-quiz
      region=${regionFor(context, args.region) ?? nothing}
      quiz=${args.quiz ?? nothing}
      theme=${args.theme ?? nothing}
      ?persist=${args.persist}
      .content=${storyContent(args, context)}
    ></trust-quiz>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Intro: Story = {};

/** Started and answered up to question 4 by clicking, in `play`. */
export const MidQuiz: Story = {
  name: 'Question 4 of 12',
  play: (context) => answer(context, [1, 2, 1, 3].slice(0, Math.max(0, (quizOf(context)?.questions.length ?? 1) - 1))),
};

/** Answers in the middle of the first band (7 of 44 on the built-in pack). */
export const ResultSteady: Story = {
  name: 'Result: mostly steady',
  play: (context) => answer(context, rawFor(quizOf(context), bandScore(quizOf(context), 0))),
};

/** Answers in the middle of the middle band (22 of 44 on the built-in pack). */
export const ResultSomeEffort: Story = {
  name: 'Result: some effort',
  play: (context) => answer(context, rawFor(quizOf(context), middle(quizOf(context)))),
};

/** Answers in the middle of the last band (37 of 44 on the built-in pack): the band shows the hotlines. */
export const ResultHeavy: Story = {
  name: 'Result: heavy (with hotlines)',
  play: (context) => answer(context, rawFor(quizOf(context), bandScore(quizOf(context), -1))),
};

/** "Take it again" pressed on a result: the quiz asks inside itself before it clears any answer. */
export const RetakeAsks: Story = {
  name: 'Result: "Take it again" asks first',
  play: async (context) => {
    await answer(context, rawFor(quizOf(context), middle(quizOf(context))));
    const el = context.canvasElement.querySelector('trust-quiz')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.retake')?.click();
    await el.updateComplete;
  },
};

/** Three answers, then Back to the intro: it offers to pick them up instead of starting again. */
export const AnswersKept: Story = {
  name: 'Intro after Back: answers kept',
  play: async (context) => {
    await answer(context, [1, 2, 1], true);
    const el = context.canvasElement.querySelector('trust-quiz')!;
    for (let i = 0; i < 4; i++) {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.back')?.click();
      await el.updateComplete;
    }
  },
};

/** The safety question (the last) answered "Rarely": help appears at once, under the answers. */
export const SafetyEscalation: Story = {
  name: 'Safety escalation mid-quiz',
  play: (context) => answer(context, withSafety(quizOf(context), 0), false),
};

/** Low answers, and the safety question "Rarely": the result leads with help and gives no band verdict. */
export const ResultSafety: Story = {
  name: 'Result: leads with help after the safety question',
  play: (context) => answer(context, withSafety(quizOf(context), 0), true),
};

/** "Need help now?" opened on a question: the hotlines in place, the answer kept. */
export const HelpOpen: Story = {
  name: 'Need help now? (opened on a question)',
  play: async (context) => {
    await answer(context, [2], false);
    const el = context.canvasElement.querySelector('trust-quiz')!;
    const help = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="help-now"]');
    if (help) help.open = true;
  },
};

/** A reader in Mexico: the help says Mexico is not covered, links Find A Helpline, labels the default region's lines. */
export const RegionNotCovered: Story = {
  name: 'Help for a region not in the pack (MX)',
  args: { region: 'MX' },
  parameters: { keepIds: true },
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    const help = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="help-now"]');
    if (help) help.open = true;
  },
};

/**
 * `persist` with saved answers: a copy of the pack in use with its own id
 * (`storybook-resume-demo`), so the demo never touches a real reader's saved quiz, and four
 * answers saved for it before the story renders.
 */
export const PersistResume: Story = {
  name: 'Persist: resume offer',
  args: { persist: true },
  parameters: {
    derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, id: 'storybook-resume-demo' } }),
  },
  decorators: [
    (story, context) => {
      const quiz = quizOf(context);
      if (quiz && (!publisherPack(context) || publisherPack(context)?.pack)) {
        const answers = Object.fromEntries(quiz.questions.slice(0, 4).map((q, i) => [q.id, [2, 3, 1, 2][i]!]));
        localStorage.setItem(
          `trust-widgets:storybook-resume-demo:quiz:${quiz.id}`,
          JSON.stringify({ screen: 'question', index: Math.min(4, quiz.questions.length - 1), answers }),
        );
      }
      return story();
    },
  ],
};

export const InvalidContent: Story = {
  name: 'Invalid content (error panel with built-in hotlines)',
  parameters: { derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, version: 7 } }) },
};

export const UnknownQuiz: Story = {
  name: 'Unknown quiz id',
  args: { quiz: 'no-such-quiz' },
  parameters: { keepIds: true },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  play: (context) => answer(context, [1, 3]),
};

/** The pack in use marked right-to-left (`meta.direction: 'rtl'`, `meta.locale: 'ar'`) to check mirroring. */
const rtl = (pack: ContentPack): ContentPack => ({ ...pack, meta: { ...pack.meta, direction: 'rtl', locale: 'ar' } });
export const RightToLeft: Story = {
  name: 'RTL pack',
  parameters: { derivePack: rtl },
  play: (context) => answer(context, [2]),
};

export const RightToLeftResult: Story = {
  name: 'RTL pack: result',
  parameters: { derivePack: rtl },
  play: (context) => answer(context, rawFor(quizOf(context), middle(quizOf(context)))),
};
