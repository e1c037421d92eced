import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.data/**',
      '.bench/**',
      '.ci-results/**',
      'tests/e2e/.ci-results/**',
      'playwright-report/**',
      'cdk.out/**',
      'web/.next/**',
      'coverage/**',
      'test-results/**',
      'web/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through a config module (functions/src/platform/config.ts, web/lib/config.ts).',
        },
      ],
    },
  },
  {
    files: ['infra/**', 'tests/**', 'scripts/**', '**/config.ts', 'web/next.config.ts', '*.config.ts', '*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests read CloudFormation templates and JSON responses, whose shapes are asserted, not typed.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
