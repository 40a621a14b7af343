/** package.json's version, replaced at build time: vite.config.ts, web-test-runner.config.mjs (esbuild `define`). */
declare const __KRE8_VERSION__: string;
