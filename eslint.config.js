// One linter for the whole tree; the layer rules keep src/core free of browser and UI code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Node-only code (src/node: the SQLite index on a native module) must never reach a bundle.
const nodeOnly = {
  group: ['**/node/**', 'better-sqlite3'],
  message:
    'src/node and better-sqlite3 are for Node hosts (CLI, tests, scripts), never the extension.',
};
const browserOnly = ['webextension-polyfill', 'idb', 'preact', 'preact/*', '@mozilla/readability'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/', 'coverage/', 'web-ext-artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Node scripts and the CLI entry run in Node, with its globals.
    files: ['**/*.mjs', 'scripts/**', 'bin/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: browserOnly,
              message: 'src/core is DOM-free: no browser, storage or UI imports.',
            },
            {
              group: [
                '**/storage/**',
                '**/background/**',
                '**/content/**',
                '**/popup/**',
                '**/options/**',
                '**/messages/**',
                '**/ui/**',
                '**/cli/**',
                '**/node/**',
                'better-sqlite3',
              ],
              message: 'src/core imports nothing from the layers above it.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'indexedDB',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/background/**',
                '**/content/**',
                '**/popup/**',
                '**/options/**',
                'preact',
                'webextension-polyfill',
              ],
              message: 'storage sits below the extension contexts.',
            },
            nodeOnly,
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/background/**',
      'src/content/**',
      'src/popup/**',
      'src/options/**',
      'src/ui/**',
      'src/messages/**',
      'src/platform/**',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeOnly] }] },
  },
);
