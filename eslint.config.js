import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // The extension makes no network calls of its own (readers' privacy).
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Fic Reader makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'Fic Reader makes no network requests.' },
        { name: 'WebSocket', message: 'Fic Reader makes no network requests.' },
      ],
    },
  },
  {
    // Node-side tooling (tests, CLI, demo, benchmarks) may read files and talk to local browsers.
    files: ['scripts/**', 'tests/**', '*.config.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-globals': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
