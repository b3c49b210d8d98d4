import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/hotline-banner.js';
import { regionFor, storyContent } from './story-pack.js';

interface Args {
  region?: string;
  variant: 'inline' | 'compact';
  topics?: string;
  quickExit?: string;
  theme?: 'light' | 'dark';
  src?: string;
  content?: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/Hotline banner',
  component: 'trust-hotline-banner',
  args: { variant: 'inline', region: 'US' },
  argTypes: {
    region: { control: 'select', options: ['US', 'GB', 'CA', 'AU', 'IE'] },
    variant: { control: 'inline-radio', options: ['inline', 'compact'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args, context) =>
    html`<trust-hotline-banner
      region=${regionFor(context, args.region) ?? nothing}
      variant=${args.variant}
      topics=${args.topics ?? nothing}
      quick-exit=${args.quickExit ?? nothing}
      theme=${args.theme ?? nothing}
      src=${args.src ?? nothing}
      .content=${storyContent(args, context)}
    ></trust-hotline-banner>`,
};
export default meta;

type Story = StoryObj<Args>;

export const UnitedStates: Story = { args: { region: 'US' } };
export const UnitedKingdom: Story = { args: { region: 'GB' } };
export const Canada: Story = { args: { region: 'CA' } };
export const Australia: Story = { args: { region: 'AU' } };
export const Ireland: Story = { args: { region: 'IE' } };
export const Compact: Story = { args: { variant: 'compact' } };
/** A reader in Mexico: told plainly the pack has no lines there, sent to Find A Helpline, US lines labelled. */
export const RegionNotCovered: Story = {
  name: 'Region not in the pack (MX)',
  args: { region: 'MX' },
  parameters: { keepIds: true },
};
export const CompactRegionNotCovered: Story = {
  name: 'Compact, region not in the pack (MX)',
  args: { region: 'MX', variant: 'compact' },
  parameters: { keepIds: true },
};
export const DomesticViolenceOnly: Story = { args: { topics: 'domestic-violence' } };
export const CanadaDomesticViolenceGap: Story = { args: { region: 'CA', topics: 'domestic-violence' } };
export const QuickExit: Story = { args: { quickExit: 'https://www.bbc.co.uk/weather' } };
export const Dark: Story = {
  args: { theme: 'dark', quickExit: 'https://www.bbc.co.uk/weather' },
  parameters: { backgrounds: { default: 'dark' } },
};
/** A `src` that fails: this story is about that failure, so it shows no pack from the toolbar. */
export const FailingContent: Story = {
  name: 'Failing content (falls back to built-in hotlines)',
  args: { src: '/content/does-not-exist.json', region: 'GB' },
  parameters: { ignorePack: true },
};
