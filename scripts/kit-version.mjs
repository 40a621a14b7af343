// The kit's version is package.json's: put into the widgets at build time (vite.config.ts) and in the browser
// tests (web-test-runner.config.mjs), so no version is typed by hand in the sources.
import { readFileSync } from 'node:fs';

/** package.json's `version`. */
export const kitVersion = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** The `define` map for vite and esbuild: `__KRE8_VERSION__` (components/core/define.ts) → the version string. */
export const versionDefine = { __KRE8_VERSION__: JSON.stringify(kitVersion) };
