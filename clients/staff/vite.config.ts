import { appConfig } from '@lacewire/client/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { defineConfig } from 'vite';

// The console at /staff/, Element Plus components per use (with their CSS); the rest is shared.
export default defineConfig(
  appConfig({
    root: import.meta.dirname,
    base: '/staff/',
    resolver: ElementPlusResolver({ importStyle: 'css' }),
    devPort: 5173,
    chunkSizeWarningLimit: 600,
  }),
);
