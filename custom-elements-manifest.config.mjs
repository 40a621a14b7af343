// `npm run analyze` → custom-elements.json from the components' JSDoc (committed; a test fails when stale).
export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', '**/test-*.ts', '**/fake-*.ts', '**/*.strings.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
