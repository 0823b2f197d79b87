import { fileURLToPath } from 'node:url';
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite';
import vue from '@vitejs/plugin-vue';
import type { ComponentResolver } from 'unplugin-vue-components';
import Components from 'unplugin-vue-components/vite';
import type { UserConfig } from 'vite';

export interface AppConfig {
  /** The app's folder (`import.meta.dirname` of its vite.config.ts). */
  root: string;
  /** Where the server serves the built app (packages/server/src/static-apps.ts). */
  base: string;
  /** The UI library's resolver: its components imported where a template uses them, with their styles. */
  resolver: ComponentResolver | ComponentResolver[];
  devPort: number;
  chunkSizeWarningLimit: number;
}

/**
 * What the staff console and the customer portal build alike. For a phone on a slow network:
 * components come with their own styles where a template uses them (so each route chunk carries
 * only what it shows), messages (the app's and the shared catalogue) are compiled at build time so
 * the runtime-only vue-i18n ships, and Vue's Options API is left out (every component uses setup()).
 * In development, /graphql (with its WebSocket) goes to the server on port 4000.
 */
export function appConfig(app: AppConfig): UserConfig {
  return {
    root: app.root,
    base: app.base,
    plugins: [
      vue(),
      Components({ resolvers: [app.resolver].flat(), dts: `${app.root}/src/components.d.ts` }),
      VueI18nPlugin({
        include: [`${app.root}/src/i18n/*.json`, fileURLToPath(new URL('./i18n/*.json', import.meta.url))],
        runtimeOnly: true,
        compositionOnly: true,
        fullInstall: false,
        strictMessage: false,
        dropMessageCompiler: true,
      }),
    ],
    define: { __VUE_OPTIONS_API__: 'false' },
    server: {
      port: app.devPort,
      proxy: { '/graphql': { target: 'http://localhost:4000', ws: true } },
    },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: app.chunkSizeWarningLimit,
      manifest: true,
    },
  };
}
