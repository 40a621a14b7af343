// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default defineConfig(
  globalIgnores(['dist/**', 'dist-*/**', 'coverage/**', 'public/mockServiceWorker.js', 'custom-elements.json', '.data/**', '.wrangler/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    files: ['**/*.{mjs,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly', fetch: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', HTMLElement: 'readonly', Node: 'readonly', Event: 'readonly', CustomEvent: 'readonly', KeyboardEvent: 'readonly', getComputedStyle: 'readonly', navigator: 'readonly', location: 'readonly', Intl: 'readonly', requestAnimationFrame: 'readonly', CSS: 'readonly', history: 'readonly', HTMLAnchorElement: 'readonly', HTMLButtonElement: 'readonly', HTMLFormElement: 'readonly', HTMLInputElement: 'readonly', HTMLOutputElement: 'readonly', HTMLSelectElement: 'readonly' } },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
