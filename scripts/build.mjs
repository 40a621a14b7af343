// npm run build: one self-contained ES module per entry (Lit inlined), written to dist/.
import { rmSync } from 'node:fs';
import { build } from 'vite';

const ENTRIES = ['kre8-voice-agent', 'kre8-roi-calculator', 'kre8-booking', 'kre8-widgets', 'kre8-admin'];
rmSync('dist', { recursive: true, force: true });
for (const entry of ENTRIES) {
  process.env.KRE8_ENTRY = entry;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
}
console.log(`built ${ENTRIES.map((e) => `dist/${e}.js`).join(', ')}`);
