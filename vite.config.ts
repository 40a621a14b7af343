import { defineConfig } from 'vite';
import { versionDefine } from './scripts/kit-version.mjs';

/**
 * One self-contained ES module per entry, Lit included (scripts/build.mjs runs this once per entry so no
 * bundle depends on another; kre8-widgets.js carries all three with one Lit). KRE8_ENTRY picks the entry.
 */
export const ENTRIES = {
  'kre8-voice-agent': 'components/voice-agent/define.ts',
  'kre8-roi-calculator': 'components/roi-calculator/define.ts',
  'kre8-booking': 'components/booking/define.ts',
  'kre8-widgets': 'components/index.ts',
  'kre8-admin': 'components/admin/define.ts', // the CRM's admin elements; never on the landing page
} as const;

/**
 * Lit's css`` is shipped as written, so its line breaks and indentation reach every bundle. They carry no
 * meaning in CSS between rules and declarations: drop them at build time and keep the sources readable. The
 * voice launcher's stylesheet is a plain template string (the facade has no Lit): every template in a styles
 * file is CSS, so those lose them too.
 */
const cssWhitespace = {
  name: 'kre8-css-whitespace',
  transform(code: string, id: string) {
    if (!/components\/.*\.(styles|theme)\.ts$|components\/core\/theme\.ts$/.test(id)) return null;
    return code.replace(/(css)?`([^`]*)`/g, (_m, tag = '', body: string) => `${tag}\`${body.replace(/\n\s*/g, '')}\``);
  },
};

/**
 * In library mode Vite has terser keep the bundler's pure annotations for a consumer's bundler (21 in the
 * booking bundle, on Lit's `new Map()` and the like), but these bundles are what browsers load: drop them.
 */
const noAnnotations = {
  name: 'kre8-no-annotations',
  enforce: 'post' as const,
  renderChunk: { order: 'post' as const, handler: (code: string) => ({ code: code.replaceAll('/* @__PURE__ */', ''), map: null }) },
};

const entry = (process.env.KRE8_ENTRY ?? 'kre8-widgets') as keyof typeof ENTRIES;

export default defineConfig({
  publicDir: false,
  define: versionDefine, // KIT_VERSION (components/core/define.ts) is package.json's
  plugins: [cssWhitespace, noAnnotations],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // terser with three passes: ~1 % under Oxc's minifier, which keeps the kit inside its 35 KB ceiling.
    minify: 'terser',
    terserOptions: { ecma: 2022, module: true, compress: { passes: 3 }, format: { wrap_func_args: false } },
    sourcemap: false,
    lib: { entry: { [entry]: ENTRIES[entry] }, formats: ['es'] },
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: `${entry}.[name]-[hash].js` } },
  },
});
