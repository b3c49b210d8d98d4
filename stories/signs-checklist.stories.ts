import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import pack from '../content/trust-issues.en.json' with { type: 'json' };
import '../src/define/signs-checklist.js';
import '../src/define/coping-steps.js';
import type { ContentPack } from '../src/schema/index.js';

interface Args {
  group?: string;
  persist: boolean;
  theme?: 'light' | 'dark';
  content?: unknown;
}

const builtIn = pack as ContentPack;

/** The English pack mirrored: what an Arabic or Hebrew pack looks like to the layout. */
const rtlPack = (): ContentPack => {
  const copy = structuredClone(builtIn);
  copy.meta = { ...copy.meta, direction: 'rtl', locale: 'ar' };
  return copy;
};

const meta: Meta<Args> = {
  title: 'Elements/Signs checklist',
  component: 'trust-signs-checklist',
  args: { persist: false },
  argTypes: {
    group: { control: 'select', options: [undefined, ...builtIn.signs!.groups.map((group) => group.id)] },
    persist: { control: 'boolean' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<trust-signs-checklist
      group=${args.group ?? nothing}
      ?persist=${args.persist}
      theme=${args.theme ?? nothing}
      .content=${args.content}
    ></trust-signs-checklist>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllSigns: Story = {};
export const OneGroup: Story = { args: { group: 'in-relationships' } };
export const Persisted: Story = {
  name: 'Persisted (four ticks saved in this browser)',
  args: { persist: true },
  render: (args) => {
    localStorage.setItem(
      `trust-widgets:${builtIn.meta.id}:checklist:all`,
      JSON.stringify(['expect-hurt', 'jealousy', 'checking', 'reassurance']),
    );
    return meta.render!(args, {} as never);
  },
};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const RightToLeft: Story = { args: { content: rtlPack() } };
export const Narrow: Story = {
  name: 'Narrow (280px)',
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div class="narrow-280">${story()}</div>`],
  render: (args) =>
    html`<style>
        .narrow-280 {
          inline-size: 280px;
        }
      </style>
      ${meta.render!(args, {} as never)}`,
};
export const WithCopingSteps: Story = {
  name: 'Pointing on to the coping steps on the page',
  render: (args) => html`${meta.render!(args, {} as never)} <trust-coping-steps></trust-coping-steps>`,
};
export const UnknownGroup: Story = { args: { group: 'no-such-group' } };
export const NoSigns: Story = {
  name: 'Pack without signs (error)',
  args: {
    content: (() => {
      const copy = structuredClone(builtIn);
      delete copy.signs;
      delete copy.quizzes;
      return copy;
    })(),
  },
};
export const InvalidContent: Story = {
  name: 'Invalid content (error)',
  args: { content: { ...structuredClone(builtIn), meta: { ...builtIn.meta, version: 7 } } },
};
