import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's printed schema: a breaking schema change fails `vue-tsc`.
const config: CodegenConfig = {
  // PORTAL_SCHEMA: a preview schema, to develop screens for plugins that are not registered yet.
  schema: process.env.PORTAL_SCHEMA ?? '../../schema.graphql',
  documents: ['src/**/*.vue', 'src/**/*.ts', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown', File: 'File' },
      },
    },
  },
};
export default config;
