import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the server's printed schema: a breaking schema change fails `vue-tsc`.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
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
