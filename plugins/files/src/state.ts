import { pluginState } from '@lacewire/core';
import { type FilesSettings, resolveFilesConfig } from './config.ts';

declare module '@lacewire/core' {
  interface PluginSettings {
    files: FilesSettings;
  }
}

/** The files plugin's configuration on one platform: storage, signing secret, limits. */
export const filesState = pluginState('files', (_runtime, settings) => resolveFilesConfig(settings));
