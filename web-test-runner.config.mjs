// @ts-check
// Widget tests in Debian's Chromium (nothing is downloaded): @open-wc/testing + msw's browser worker.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['components/**/*.test.ts'],
  nodeResolve: true,
  // Legacy decorators need the tsconfig, or esbuild reads them as standard ones ("Unsupported decorator location").
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  // Serve msw's worker at the root so its scope covers the test pages.
  middleware: [
    function mswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 240000,
};
