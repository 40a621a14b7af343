// `npm run analyze` → custom-elements.json from the components' JSDoc (committed; a test fails when stale).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test-*.ts', '**/fake-*.ts', '**/*.strings.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The public events are the documented kre8-* ones; a helper's `new CustomEvent(name)` is not an event.
      name: 'kre8-public-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('kre8-'));
            // Lit's `state: true` is internal state with no attribute, which the analyzer does not know (#19).
            for (const m of decl.members ?? []) if (m.privacy === 'private') delete m.attribute;
            if (decl.attributes) decl.attributes = decl.attributes.filter((at) => !at.fieldName?.startsWith('_'));
          }
        }
      },
    },
  ],
};
