import { defineConfig } from 'vitest/config';

// graphql 17 ships separate development and production builds. Node (and so every CommonJS
// dependency such as Pothos) loads the production one; vite must not pick the development one,
// or two graphql copies meet in one schema.
export default defineConfig({
  resolve: { conditions: ['module', 'node', 'production'] },
  ssr: { resolve: { conditions: ['module', 'node', 'production'], externalConditions: ['production'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'plugins/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
