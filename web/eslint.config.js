import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'

const features = ['auth', 'units', 'estates', 'staff-management', 'companies', 'bills', 'fees-admin', 'cashier', 'billing-runs', 'arrears', 'ledger', 'service-desk']

export default tseslint.config(
  // src/shared/api/gql is generated (npm run codegen).
  { ignores: ['dist', 'node_modules', 'src/shared/api/gql'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  // bulletproof-react: imports flow app -> features -> shared, never feature -> feature.
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/features/*', '@/app/*', '../features/*', '../../features/*', '../app/*', '../../app/*'] }],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app', '@/app/*', '**/app/*'], message: 'features must not import from app' },
            {
              group: features
                .filter((other) => other !== feature)
                .flatMap((other) => [`@/features/${other}`, `@/features/${other}/*`, `../${other}/*`, `../../${other}/*`]),
              message: 'features must not import other features (bulletproof-react: app -> features -> shared)',
            },
          ],
        },
      ],
    },
  })),
)
