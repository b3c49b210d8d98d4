import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/causes-explorer.js';
import '../src/define/coping-steps.js';
import type { ContentPack } from '../src/schema/index.js';
import { builtinEnglish as builtIn, causeId, regionFor, storyContent } from './story-pack.js';

interface Args {
  selected?: string;
  region?: string;
  theme?: 'light' | 'dark';
  content?: unknown;
  /** Width of the container the explorer sits in: tabs from 40rem, disclosures below. */
  width: 'narrow' | 'wide' | 'smallest';
}

/** The pack in use mirrored: what an Arabic or Hebrew pack looks like to the layout. */
const rtlPack = (pack: ContentPack): ContentPack => ({
  ...pack,
  meta: { ...pack.meta, direction: 'rtl', locale: 'ar' },
});

const meta: Meta<Args> = {
  title: 'Elements/Causes explorer',
  component: 'trust-causes-explorer',
  args: { width: 'wide', region: 'US' },
  argTypes: {
    selected: { control: 'select', options: [undefined, ...builtIn.causes!.items.map((cause) => cause.id)] },
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    width: { control: 'inline-radio', options: ['smallest', 'narrow', 'wide'] },
  },
  render: (args, context) =>
    html`<style>
        .explorer-wide {
          max-inline-size: 60rem;
        }
        .explorer-narrow {
          inline-size: 360px;
        }
        .explorer-smallest {
          inline-size: 280px;
        }
      </style>
      <div class="explorer-${args.width}">
        <trust-causes-explorer
          selected=${causeId(context, args.selected) ?? nothing}
          region=${regionFor(context, args.region) ?? nothing}
          theme=${args.theme ?? nothing}
          .content=${storyContent(args, context)}
        ></trust-causes-explorer>
      </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Tabs: Story = { name: 'Tabs (wide container)' };
export const Disclosures: Story = { name: 'Disclosures (narrow container)', args: { width: 'narrow' } };
export const Smallest: Story = { name: 'Disclosures at 280px', args: { width: 'smallest', selected: 'betrayal' } };
export const DeepLinked: Story = { name: 'Deep link (selected="abandonment")', args: { selected: 'abandonment' } };
export const SafetyFlagged: Story = { name: 'Safety-flagged cause with US hotlines', args: { selected: 'abuse' } };
export const SafetyFlaggedUK: Story = {
  name: 'Safety-flagged cause with UK hotlines (narrow)',
  args: { selected: 'abuse', region: 'GB', width: 'narrow' },
};
export const NoMatches: Story = {
  name: 'Filter that can match nothing (choose "Work")',
  parameters: {
    derivePack: (pack: ContentPack) => {
      const copy = structuredClone(pack);
      for (const cause of copy.causes?.items ?? [])
        cause.relationships = cause.relationships?.filter((tag) => tag !== 'work');
      return copy;
    },
  },
};
export const Untagged: Story = {
  name: 'Untagged causes (no filter)',
  parameters: {
    derivePack: (pack: ContentPack) => {
      const copy = structuredClone(pack);
      for (const cause of copy.causes?.items ?? []) delete cause.relationships;
      return copy;
    },
  },
};
export const WithCopingSteps: Story = {
  name: 'Related steps link to the coping steps on the page',
  render: (args, context) =>
    html`${meta.render!(args, context)}<trust-coping-steps
        .content=${storyContent(args, context)}
      ></trust-coping-steps>`,
};
export const Dark: Story = {
  args: { theme: 'dark', selected: 'childhood' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const DarkNarrow: Story = {
  args: { theme: 'dark', selected: 'childhood', width: 'narrow' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const RightToLeft: Story = { parameters: { derivePack: rtlPack } };
export const RightToLeftNarrow: Story = { args: { width: 'narrow' }, parameters: { derivePack: rtlPack } };
export const NoCauses: Story = {
  name: 'Pack without causes (error)',
  parameters: {
    derivePack: (pack: ContentPack) => {
      const copy = structuredClone(pack);
      delete copy.causes;
      delete copy.quizzes;
      return copy;
    },
  },
};
export const InvalidContent: Story = {
  name: 'Invalid content (error)',
  parameters: { derivePack: (pack: ContentPack) => ({ ...pack, meta: { ...pack.meta, version: 7 } }) },
};
