import vue from '@vitejs/plugin-vue';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

// The server serves the built console at /staff/ (packages/server/src/static-apps.ts).
// Element Plus components are imported per component where they are used (with their CSS),
// so each route chunk carries only what it shows.
export default defineConfig({
  base: '/staff/',
  plugins: [
    vue(),
    Components({
      resolvers: [ElementPlusResolver({ importStyle: 'css' })],
      dts: 'src/components.d.ts',
    }),
  ],
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    manifest: true,
  },
});
