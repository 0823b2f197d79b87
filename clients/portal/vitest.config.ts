import { defineConfig, mergeConfig } from 'vitest/config';
import vite from './vite.config.ts';

// The app's own plugins (Vant components resolved from templates, precompiled messages).
export default mergeConfig(
  vite,
  defineConfig({
    test: {
      name: 'portal',
      root: import.meta.dirname,
      include: ['test/**/*.test.ts'],
      environment: 'happy-dom',
      // Mounting a screen takes over 5 s when the server suite loads both cores (CI runs them together).
      testTimeout: 30_000,
      setupFiles: ['test/setup.ts'],
      // Vant's components import their CSS: let vite handle them rather than Node.
      server: { deps: { inline: ['vant'] } },
    },
  }),
);
