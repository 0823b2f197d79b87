import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
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
    // Messages compiled at build time: the runtime-only vue-i18n (no message compiler) ships.
    VueI18nPlugin({
      include: [
        fileURLToPath(new URL('./src/i18n/*.json', import.meta.url)),
        fileURLToPath(new URL('../../packages/client/src/i18n/*.json', import.meta.url)),
      ],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
      dropMessageCompiler: true,
    }),
  ],
  // Every component here (and in Vant / Element Plus) uses setup(): Vue's Options API is left out.
  define: { __VUE_OPTIONS_API__: 'false' },
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
