import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false })],
  test: {
    name: 'staff',
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    // Mounting a screen takes over 5 s when the server suite loads both cores (CI runs them together).
    testTimeout: 30_000,
    server: { deps: { inline: ['element-plus'] } },
  },
});
