import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    builder: { name: '@storybook/builder-vite', options: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The example publisher packs the "See your own words" guide loads with the toolbar's Pack tool.
  staticDirs: [
    { from: '../content', to: '/content' },
    { from: '../test/fixtures/storybook/packs', to: '/example-packs' },
  ],
};

export default config;
