// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

const NCB = { group: ['**/ncb/*', '**/ncb/**'], message: 'Only api/crm talks to NCB: go through a crm/ function (or a flow).' };
const LAYER_ONLY = { group: ['**/crm/*', '**/store/*', '**/agent/*', '**/lead/*', '**/booking/*'], message: 'Routes validate and answer; the work (CRM, stores, agent, lead, calendar) belongs in a flow (api/flows/).' };

/** The import rules between layers, one config object per set of files (later objects win for a rule). */
function layerRules() {
  const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files: ['components/**/*.ts', 'model/**/*.ts'], ignores: ['model/**/*.test.ts'], rules: restrict([{ group: ['**/api/*', '**/api/**'], message: 'Widgets and the model are browser code: share types through model/, never import from api/.' }]) },
    {
      files: ['api/**/*.ts'],
      ignores: ['api/ncb/**', 'api/crm/**', 'api/testing/**', 'api/dev/**', 'api/node.ts', 'api/worker.ts', 'api/app.ts', 'api/deps.ts', 'api/errors.ts', '**/*.test.ts'],
      rules: restrict([NCB]),
    },
    { files: ['api/routes/**/*.ts'], ignores: ['**/*.test.ts'], rules: restrict([NCB, LAYER_ONLY]) },
  ];
}

export default defineConfig(
  globalIgnores(['dist/**', 'dist-*/**', 'coverage/**', 'public/mockServiceWorker.js', 'custom-elements.json', 'components/types/**', '.data/**', '.wrangler/**']),
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
  // Layers (issue 19): widgets and the shared model never reach into the API; only api/crm talks to NCB (besides
  // the entries, the wiring, the dev inspector and the test harness); routes reach data through flows.
  ...layerRules(),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
