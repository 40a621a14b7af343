import { defineConfig } from 'vite';

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

const entry = (process.env.KRE8_ENTRY ?? 'kre8-widgets') as keyof typeof ENTRIES;

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    sourcemap: false,
    lib: { entry: { [entry]: ENTRIES[entry] }, formats: ['es'] },
    // Lib mode keeps whitespace for npm consumers; these are CDN drop-ins, so minify fully.
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { chunkFileNames: `${entry}.[name]-[hash].js`, minify: true } },
  },
});
