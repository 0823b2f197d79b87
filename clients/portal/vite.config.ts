import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig } from 'vite';

// The server serves the built portal at the site root (packages/server/src/static-apps.ts).
// For a phone on a slow network: Vant components come with their own styles where a template
// uses them (not the whole stylesheet), and messages are compiled at build time so the runtime-only
// vue-i18n (no message compiler) ships.
export default defineConfig({
  base: '/',
  plugins: [
    vue(),
    Components({ resolvers: [VantResolver()], dts: 'src/components.d.ts' }),
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
    port: 5174,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
  },
  build: {
    target: 'es2022',
    manifest: true,
    chunkSizeWarningLimit: 400,
  },
});
