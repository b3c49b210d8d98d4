import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/signs-checklist.js';
import '../src/define/coping-steps.js';
import type { ContentPack } from '../src/schema/index.js';
import { builtinEnglish as builtIn, pickId, publisherPack, storyContent, storyPack } from './story-pack.js';

interface Args {
  group?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  content?: unknown;
}

const DEMO_ID = 'storybook-persist-demo';

/** The pack in use mirrored: what an Arabic or Hebrew pack looks like to the layout. */
const rtlPack = (pack: ContentPack): ContentPack => ({
  ...pack,
  meta: { ...pack.meta, direction: 'rtl', locale: 'ar' },
});

const meta: Meta<Args> = {
  title: 'Elements/Signs checklist',
  component: 'trust-signs-checklist',
  args: { persist: false },
  argTypes: {
    group: { control: 'select', options: [undefined, ...builtIn.signs!.groups.map((group) => group.id)] },
    persist: { control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args, context) =>
    html`<trust-signs-checklist
      group=${pickId(context, storyPack(context).signs?.groups, args.group) ?? nothing}
      ?persist=${args.persist}
      theme=${args.theme ?? nothing}
      .content=${storyContent(args, context)}
    ></trust-signs-checklist>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllSigns: Story = {};
export const OneGroup: Story = { args: { group: 'in-relationships' } };
/**
 * Four ticks saved for a copy of the pack in use with its own id (`storybook-persist-demo`), so the
 * demo never touches ticks saved for a real pack: the built-in pack's first sign and three others,
 * or a publisher pack's first four (nothing is saved for an invalid pack: it shows its error panel).
 */
export const Persisted: Story = {
  name: 'Persisted (four ticks saved in this browser)',
  args: { persist: true },
  parameters: { derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, id: DEMO_ID } }) },
  render: (args, context) => {
    const wanted = ['expect-hurt', 'jealousy', 'checking', 'reassurance'];
    const signs = storyPack(context).signs?.groups.flatMap((group) => group.signs.map((sign) => sign.id)) ?? [];
    const ticks = wanted.every((id) => signs.includes(id)) ? wanted : signs.slice(0, 4);
    if (!publisherPack(context) || publisherPack(context)?.pack)
      localStorage.setItem(`trust-widgets:${DEMO_ID}:checklist:all`, JSON.stringify(ticks));
    return meta.render!(args, context);
  },
};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const RightToLeft: Story = { parameters: { derivePack: rtlPack } };
export const Narrow: Story = {
  name: 'Narrow (280px)',
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div class="narrow-280">${story()}</div>`],
  render: (args, context) =>
    html`<style>
        .narrow-280 {
          inline-size: 280px;
        }
      </style>
      ${meta.render!(args, context)}`,
};
export const WithCopingSteps: Story = {
  name: 'Pointing on to the coping steps on the page',
  render: (args, context) =>
    html`${meta.render!(args, context)}
      <trust-coping-steps .content=${storyContent(args, context)}></trust-coping-steps>`,
};
export const UnknownGroup: Story = { args: { group: 'no-such-group' }, parameters: { keepIds: true } };
export const NoSigns: Story = {
  name: 'Pack without signs (error)',
  parameters: {
    derivePack: (pack: ContentPack) => {
      const copy = structuredClone(pack);
      delete copy.signs;
      delete copy.quizzes;
      return copy;
    },
  },
};
export const InvalidContent: Story = {
  name: 'Invalid content (error)',
  parameters: { derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, version: 7 } }) },
};
