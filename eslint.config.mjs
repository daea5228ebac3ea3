import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The engine is pure: no UI, no CRDT, no storage, no Node or browser I/O, none of our other folders.
// (Actual Budget keeps its worker core clean the same way.)
const engineBoundary = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
      message: 'engine/ is pure: no React or Next.',
    },
    {
      group: ['yjs', 'y-*', 'dexie', 'dexie-*'],
      message: 'engine/ is pure: documents and storage live in lib/store.',
    },
    {
      group: [
        'node:*',
        'fs',
        'fs/*',
        'path',
        'os',
        'child_process',
        'http',
        'https',
        'net',
        'worker_threads',
        'stream',
        'crypto',
      ],
      message: 'engine/ does no I/O: take bytes and samples as arguments.',
    },
    {
      group: [
        '**/app/*',
        '**/components/*',
        '**/lib/*',
        '**/cli/*',
        '**/sync-server/*',
        '@/app/*',
        '@/components/*',
        '@/lib/*',
        '@/cli/*',
        '@/sync-server/*',
      ],
      message: 'engine/ imports nothing of the rest of the project.',
    },
  ],
};

// The engine is deterministic: the same arguments give the same result on any machine, at any time.
// Its tsconfig has no timers, network or storage to call; these are the ambient reads ES itself has.
const pure = 'engine/ is deterministic: take the time, zone or random source as an argument.';
const ambientCalls = [
  { object: 'Date', property: 'now', message: pure },
  { object: 'Math', property: 'random', message: pure },
];
const ambientConstructions = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: pure },
  {
    selector: "NewExpression[callee.property.name='DateTimeFormat'][arguments.length=0]",
    message: pure,
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.next',
      'out',
      'data',
      'test-results',
      'playwright-report',
      'next-env.d.ts',
      'public/sw.js',
      'bench/app/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      complexity: ['warn', 25],
      'max-depth': ['warn', 4],
      'max-params': ['warn', 6],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Screens read typed values and call typed editors from lib/store; documents stay inside it.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['yjs', 'y-*', '@/lib/store/doc-registry', '**/store/doc-registry'],
              message: 'Components use the typed hooks and editors of lib/store, never a Y.Doc.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/**/*.test.ts', 'engine/**/test-support/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', engineBoundary],
      'no-restricted-properties': ['error', ...ambientCalls],
      'no-restricted-syntax': ['error', ...ambientConstructions],
    },
  },
  {
    // Small files named for what they hold, and functions that fit on a screen.
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'playwright/**', '**/test-support/**'],
    rules: {
      'max-lines-per-function': [
        'error',
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
);
