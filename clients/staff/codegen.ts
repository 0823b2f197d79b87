import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's printed schema: a breaking schema change fails `vue-tsc`.
const config: CodegenConfig = {
  // STAFF_SCHEMA: develop screens against a preview schema (unregistered plugins) before it lands.
  schema: process.env.STAFF_SCHEMA ?? '../../schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'any', Upload: 'File' },
      },
    },
  },
};
export default config;
