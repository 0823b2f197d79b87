import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// Component tests of the shared client (Vue SFCs in a DOM). Node-side tests (test/*.test.ts) run
// in the root "server" project.
export default defineConfig({
  plugins: [vue()],
  test: {
    name: 'client-components',
    root: import.meta.dirname,
    include: ['test/**/*.component.ts'],
    environment: 'happy-dom',
    // Mounting a screen takes over 5 s when the server suite loads both cores (CI runs them together).
    testTimeout: 30_000,
  },
});
