import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// graphql 17 ships separate development and production builds. Node (and so every CommonJS
// dependency such as Pothos) loads the production one; vite must not pick the development one,
// or two graphql copies meet in one schema.
const conditions = ['module', 'node', 'production'];

const SERVER_TESTS = [
  'packages/*/test/**/*.test.ts',
  'packages/*/examples/**/*.test.ts',
  'plugins/*/test/**/*.test.ts',
  'test/**/*.test.ts',
];

/** Server tests that cannot apply to the embedded database, each with why. */
const EMBEDDED_NOT_APPLICABLE = [
  // Several server instances on one database (and Redis between them): one process owns a PGlite.
  'test/platform/instances.test.ts',
  'test/scale/**',
  'plugins/messaging/test/instances.test.ts',
  'test/security/message-send-limit.test.ts',
  // Two connections' transactions interleaving (a writer waits for another's commit while a
  // reader looks): the embedded database has one session, so both wait for the first by design.
  'test/platform/event-order.test.ts',
  // Already embedded whatever LACEWIRE_TEST_DB says: running them twice proves nothing more.
  'test/smoke/embedded-server.test.ts',
  // The demo seed's weeks of history: the embedded smoke test above lays down the same on PGlite.
  'test/scenarios/demo-history.test.ts',
  'test/platform/embedded-*.test.ts',
  // The apps in Chromium: the server paths they drive run on embedded in test/scenarios.
  'test/browser/**',
  // No database at all: once is enough.
  '**/*.unit.test.ts',
];

/**
 * A vitest project of the server tests on one database kind (LACEWIRE_TEST_DB, see packages/testing)
 * and one executor: `compileAfter` 1 runs every query compiled (graphql-jit) from its first
 * execution, the default 10 interprets most of a test's operations.
 */
function serverProject(name: string, database: 'postgres' | 'embedded', compileAfter: number, exclude: string[]) {
  return {
    resolve: { conditions },
    ssr: { resolve: { conditions, externalConditions: ['production'] } },
    test: {
      name,
      include: SERVER_TESTS,
      exclude: ['**/node_modules/**', ...exclude],
      env: { LACEWIRE_TEST_DB: database, LACEWIRE_COMPILE_AFTER: String(compileAfter) },
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks' as const,
      // A worker keeps its imports from one file to the next (each file still builds its own
      // platform and database): the platform's module graph is loaded once per worker, not per file.
      isolate: false,
    },
  };
}

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine,
    // while most test files wait on PostgreSQL or Chromium. One more worker than cores keeps both
    // cores busy (measured on 2 cores: the embedded project 379 s → 261 s; the whole command
    // 968 s → 680 s, and with isolate: false below 479 s).
    maxWorkers: availableParallelism() + 1,
    projects: [
      serverProject('server', 'postgres', 10, []),
      // The same server tests on the embedded PGlite database, which `pnpm start` runs by default,
      // compiled from the first execution: both databases and both executors in two runs.
      serverProject('server-embedded', 'embedded', 1, EMBEDDED_NOT_APPLICABLE),
      // Each app has its own vitest config (component tests in a DOM).
      'clients/*/vitest.config.ts',
      'packages/client/vitest.config.ts',
    ],
  },
});
