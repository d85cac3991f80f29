import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'coverage/', 'tests/.artifacts/', 'scripts/.*'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSIndexSignature', message: 'Name the keys: no index signatures (STYLE.md 5).' },
      ],
    },
  },
  {
    // Only utils/store/ talks to IndexedDB and browser.storage (STYLE.md 6).
    files: ['**/*.{ts,tsx}'],
    ignores: ['utils/store/**', '**/*.test.ts', 'tests/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'browser', property: 'storage', message: 'Use utils/store/.' },
        { object: 'chrome', property: 'storage', message: 'Use utils/store/.' },
      ],
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'Use utils/store/.' }],
    },
  },
);
