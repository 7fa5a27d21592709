import type { CodegenConfig } from '@graphql-codegen/cli'

/**
 * Typed GraphQL documents from the API's checked-in schema (offline: no running API needed).
 * `npm run codegen` writes src/shared/api/gql/; a vitest test (src/app/codegen.test.ts) fails when the checked-in
 * output is not what this config produces, so every document is also validated against the schema.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/shared/api/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'src/shared/api/gql/': {
      preset: 'client',
      // Fragments are spread for reuse, not to hide fields from components.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        // Documents are strings with their result and variable types: the client POSTs them as they are.
        documentMode: 'string',
        enumType: 'string-literal',
        // The API sends Decimal as a JSON number (some serialisers send a string); the money helpers take both.
        scalars: {
          ID: 'string',
          Decimal: 'number | string',
          DateOnly: 'string',
          DateTime: 'string',
          DateTimeOffset: 'string',
        },
      },
    },
  },
}

export default config
