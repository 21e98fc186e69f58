// @ts-check
/**
 * Lint for the extension's code and tests: ESLint's and typescript-eslint's recommended rules, and
 * React's hooks rules (the dependencies of an effect are the linter's to check, not a trick's).
 * Formatting is Prettier's (npm run format); `npm test` runs both checks and fails on a violation.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'docs/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `_`-named bindings are unused on purpose (a tuple's hole, a destructured field left out).
      // A zero-width space in a comment shows what a tag may hide.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Playwright's fixtures hand their value to a function named `use`: no React hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Node's CommonJS preload (tests/ocr/no-network.cjs) is required by path, before any module loader.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
