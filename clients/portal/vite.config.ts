import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The server serves the built portal at the site root (packages/server/src/static-apps.ts).
export default defineConfig({
  base: '/',
  plugins: [vue()],
  server: {
    port: 5174,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 400,
  },
});
