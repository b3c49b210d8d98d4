import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { ContentPack } from '../src/schema/index.js';
import '../src/define/coping-steps.js';
import { publisherPack, regionFor, stepId, storyContent, storyPack, trackId } from './story-pack.js';

interface Args {
  track?: string;
  step?: string;
  region?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  content?: unknown;
}

const DEMO_ID = 'storybook-persist-demo';

/** The pack in use laid out right to left, to check mirroring (the words stay as they are). */
const rtlPack = (pack: ContentPack): ContentPack => ({
  ...pack,
  meta: { ...pack.meta, direction: 'rtl', locale: 'ar' },
});

const meta: Meta<Args> = {
  title: 'Elements/Coping steps',
  component: 'trust-coping-steps',
  args: { persist: false, region: 'US' },
  argTypes: {
    track: { control: 'inline-radio', options: [undefined, 'for-you', 'supporting'] },
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args, context) =>
    html`<trust-coping-steps
      track=${trackId(context, args.track) ?? nothing}
      step=${stepId(context, args.step) ?? nothing}
      region=${regionFor(context, args.region) ?? nothing}
      theme=${args.theme ?? nothing}
      ?persist=${args.persist}
      .content=${storyContent(args, context)}
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

/**
 * Progress saved for a copy of the pack in use with its own id (`storybook-persist-demo`), so the
 * demo never touches progress saved for a real pack: its first track, its second step current, its
 * first done, each with a note (nothing is saved for an invalid pack: it shows its error panel).
 */
export const PersistWithNotes: Story = {
  name: 'persist, with saved notes',
  args: { persist: true },
  parameters: { derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, id: DEMO_ID } }) },
  decorators: [
    (story, context) => {
      const { coping } = storyPack(context);
      const track = coping?.tracks[0];
      const [first, second] = track?.steps ?? [];
      if (track && first && second && (!publisherPack(context) || publisherPack(context)?.pack)) {
        localStorage.setItem(
          `trust-widgets:${DEMO_ID}:steps:progress`,
          JSON.stringify({
            track: track.id,
            current: { [track.id]: second.id },
            done: [first.id],
            notes: {
              [first.id]: 'With my sister, before the move.',
              [second.id]: 'When plans change at the last minute.',
            },
          }),
        );
      }
      return story();
    },
  ],
};

export const InvalidContent: Story = {
  name: 'Invalid content (error panel)',
  parameters: { derivePack: () => ({ meta: 'broken' }) },
};
export const NoCopingSection: Story = {
  parameters: {
    derivePack: (pack: ContentPack) => {
      const copy = structuredClone(pack);
      delete copy.coping;
      delete copy.causes;
      delete copy.quizzes;
      return copy;
    },
  },
};
export const UnknownTrack: Story = { args: { track: 'no-such-track' }, parameters: { keepIds: true } };

export const Dark: Story = {
  args: { theme: 'dark', step: 'get-help' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: { step: 'notice-patterns' },
  parameters: { derivePack: rtlPack },
};
