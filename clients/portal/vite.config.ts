import { appConfig } from '@lacewire/client/vite';
import { VantResolver } from '@vant/auto-import-resolver';
import { defineConfig } from 'vite';

// The portal at the site root, Vant components per use (with their styles); the rest is shared.
export default defineConfig(
  appConfig({
    root: import.meta.dirname,
    base: '/',
    resolver: VantResolver(),
    devPort: 5174,
    chunkSizeWarningLimit: 400,
  }),
);
