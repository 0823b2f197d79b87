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
      setupFiles: ['test/setup.ts'],
      // Vant's components import their CSS: let vite handle them rather than Node.
      server: { deps: { inline: ['vant'] } },
    },
  }),
);
