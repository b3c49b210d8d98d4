import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import type { ContentPack } from '../src/schema/index.js';
import '../src/define/coping-steps.js';

interface Args {
  track?: string;
  step?: string;
  region?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  content?: unknown;
}

const builtIn = pack as ContentPack;
const STORAGE_KEY = `trust-widgets:${builtIn.meta.id}:steps:progress`;

/** The built-in pack laid out right to left, to check mirroring (the words stay English). */
const rtlPack = (): ContentPack => {
  const copy = structuredClone(builtIn);
  copy.meta.direction = 'rtl';
  copy.meta.locale = 'ar';
  return copy;
};

const meta: Meta<Args> = {
  title: 'Elements/Coping steps',
  component: 'trust-coping-steps',
  args: { persist: false, region: 'US' },
  argTypes: {
    track: { control: 'inline-radio', options: [undefined, 'for-you', 'supporting'] },
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<trust-coping-steps
      track=${args.track ?? nothing}
      step=${args.step ?? nothing}
      region=${args.region ?? nothing}
      theme=${args.theme ?? nothing}
      ?persist=${args.persist}
      .content=${args.content}
    ></trust-coping-steps>`,
};
export default meta;

type Story = StoryObj<Args>;

export const ForYou: Story = { name: 'For you (first step)', args: { track: 'for-you' } };
export const Supporting: Story = { name: 'Supporting someone', args: { track: 'supporting' } };
export const MiddleStep: Story = { args: { step: 'challenge-thoughts' } };
export const LastStepWithHotlines: Story = { args: { step: 'get-help', region: 'GB' } };
export const SupportingLastStep: Story = { args: { step: 'support-professional-help' } };

export const StepMarkedDone: Story = {
  args: { step: 'notice-patterns' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('trust-coping-steps')!;
    await customElements.whenDefined('trust-coping-steps');
    for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part~="done-toggle"]'); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="done-toggle"]')?.click();
  },
};

export const PersistWithNotes: Story = {
  name: 'persist, with saved notes',
  args: { persist: true },
  decorators: [
    (story) => {
      localStorage.setItem(
        STORAGE_KEY,
        JSON.stringify({
          track: 'for-you',
          current: { 'for-you': 'notice-patterns' },
          done: ['find-roots'],
          notes: {
            'find-roots': 'With my sister, before the move.',
            'notice-patterns': 'When plans change at the last minute.',
          },
        }),
      );
      return story();
    },
  ],
};

export const InvalidContent: Story = {
  name: 'Invalid content (error panel)',
  args: { content: { meta: 'broken' } },
};
export const NoCopingSection: Story = {
  args: {
    content: (() => {
      const copy = structuredClone(builtIn);
      delete copy.coping;
      delete copy.causes;
      delete copy.quizzes;
      return copy;
    })(),
  },
};
export const UnknownTrack: Story = { args: { track: 'no-such-track' } };

export const Dark: Story = {
  args: { theme: 'dark', step: 'get-help' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { content: rtlPack(), step: 'notice-patterns' },
};
