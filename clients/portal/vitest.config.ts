import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  test: {
    name: 'portal',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    // Mounting a screen takes over 5 s when the server suite loads both cores (CI runs them together).
    testTimeout: 30_000,
    setupFiles: ['test/setup.ts'],
  },
});
