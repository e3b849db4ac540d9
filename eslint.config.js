import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point inward: ui → storage → domain. The domain stays pure so it runs in Node,
// in tests and in the browser alike.
const domainBans = {
  patterns: [
    { group: ['react', 'react-*', 'react/*'], message: 'domain/ is pure: no React.' },
    { group: ['idb-keyval', '**/storage/**'], message: 'domain/ does no I/O.' },
    { group: ['i18next', '**/i18n/**', '**/ui/**', '**/app/**'], message: 'domain/ knows no UI.' },
    { group: ['node:*'], message: 'domain/ runs in the browser too.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'node_modules', 'test/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/ui/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-i18next',
              importNames: ['useTranslation'],
              message: 'Use src/i18n/useTranslation: react-i18next’s costs every mount.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', domainBans] } },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', '**/ui/**', '**/app/**'], message: 'storage/ knows no UI.' },
          ],
        },
      ],
    },
  },
);
