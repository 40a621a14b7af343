// @ts-check
// Widget tests in Debian's Chromium (nothing is downloaded): @open-wc/testing + msw's browser worker.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { versionDefine } from './scripts/kit-version.mjs';
import { scaled } from './scripts/time-scale.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['components/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig keeps useDefineForClassFields false, so class fields never shadow Lit's reactive accessors.
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json', define: versionDefine })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args } })],
  // Serve msw's worker at the root so its scope covers the test pages.
  middleware: [
    function mswWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') ctx.url = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  // KRE8_WTR_COUNTS: where `npm test` reads this run's counts (JSON).
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), ...(process.env.KRE8_WTR_COUNTS ? [countReporter(process.env.KRE8_WTR_COUNTS)] : [])],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // Timeouts follow KRE8_TIME_SCALE (scripts/time-scale.mjs), which npm test raises on a loaded machine.
  testFramework: { config: { timeout: scaled(8000) } },
  testsFinishTimeout: scaled(240000),
  browserStartTimeout: scaled(60000),
};
