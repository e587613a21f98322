import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What a Node script may use without importing it. */
const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'Buffer',
    'fetch',
    'AbortController',
    'performance',
    'TextEncoder',
    'TextDecoder',
    'FormData',
    'Blob',
    'Response',
    'Headers',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'tests/artifacts/**', '**/*.config.*', '**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    // Size limits (issue #13): a file that does one thing fits in 300 lines, a function in 50.
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 50, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Nest declares its option bags as classes; object literals are how they are meant to be passed.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: {
      // Fixtures are known to hold what a test reads; a failed lookup fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/test/**/*.{ts,tsx}', '**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    // A test's arrange–act–assert reads best in one piece; its describe holds several.
    rules: { 'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Named exceptions to the size limits, each for its reason.
    files: [
      // Dictionaries: one entry per UI string, read by key, never as a flow.
      'apps/web/src/i18n/en.ts',
      'apps/web/src/i18n/fr.ts',
      'apps/web/src/i18n/es.ts',
      'apps/web/src/i18n/ar.ts',
      // Data: the handbook's verbatim texts, one record per item.
      'packages/domain/src/instrument/texts.ts',
      // Migrations: generated from the entities' schema diff and never edited once released.
      'apps/api/src/db/migrations/*.ts',
    ],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // The benchmarks are plain Node scripts: linted for mistakes and size, not type-checked.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: NODE_GLOBALS },
  },
);
