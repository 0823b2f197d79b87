import { defineConfig } from 'vitest/config';

// graphql 17 ships separate development and production builds. Node (and so every CommonJS
// dependency such as Pothos) loads the production one; vite must not pick the development one,
// or two graphql copies meet in one schema.
const conditions = ['module', 'node', 'production'];

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { conditions },
        ssr: { resolve: { conditions, externalConditions: ['production'] } },
        test: {
          name: 'server',
          include: [
            'packages/*/test/**/*.test.ts',
            'packages/*/examples/**/*.test.ts',
            'plugins/*/test/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      // Each app has its own vitest config (component tests in a DOM).
      'clients/*/vitest.config.ts',
      'packages/client/vitest.config.ts',
    ],
  },
});
