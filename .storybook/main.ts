import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The sample campaign, so stories can use src="/demo/campaign.json#/…" like a real embed.
  staticDirs: [{ from: '../demo', to: '/demo' }],
  async viteFinal(config) {
    // The project's vite.config.ts builds the library; Storybook builds an app.
    if (config.build) {
      delete config.build.lib;
      config.build.emptyOutDir = false; // the manager is already in the output folder
    }
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    return config;
  },
};

export default config;
