import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The JSX and Vue typings are generated from custom-elements.json by `npm run analyze` (never written by hand):
 * they name every element and every attribute the manifest documents, and TypeScript checks a TSX page with them.
 */
type Decl = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[] };
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { path: string; declarations?: Decl[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const jsx = readFileSync('components/types/jsx.d.ts', 'utf8');
const vue = readFileSync('components/types/vue.d.ts', 'utf8');

/** The body of `export type <name> = { … }` in a generated file. */
function typeBody(text: string, name: string): string {
  const at = text.indexOf(`export type ${name} = {`);
  assert.ok(at >= 0, `${name} is generated`);
  return text.slice(at, text.indexOf('\n};', at));
}

test('the generated typings name every element of the manifest, with its attributes', () => {
  assert.ok(elements.length >= 3);
  for (const tag of ['kre8-booking', 'kre8-roi-calculator', 'kre8-voice-agent']) assert.ok(elements.some((d) => d.tagName === tag), `${tag} in the manifest`);
  const jsxElements = typeBody(jsx, 'CustomElements');
  const vueElements = vue.slice(vue.indexOf('export type CustomElements = {'));
  for (const d of elements) {
    assert.match(jsxElements, new RegExp(`"${d.tagName}": Partial<`), `JSX: ${d.tagName}`);
    assert.match(vueElements, new RegExp(`"${d.tagName}": DefineComponent<`), `Vue: ${d.tagName}`);
  }
  for (const d of elements) {
    const props = jsx.slice(jsx.indexOf(`"${d.tagName}": Partial<`)).match(/Partial<(\w+)Props/)![1];
    const body = typeBody(jsx, `${props}Props`);
    for (const a of d.attributes ?? []) assert.match(body, new RegExp(`"?${a.name}"?\\?:`), `${d.tagName} [${a.name}]`);
  }
  assert.doesNotMatch(jsx + vue, /\["undefined"\]|CustomEvent<CustomEvent</, 'no broken generated types');
  assert.match(vue, /declare module "vue"/);
});

test('TypeScript accepts the documented attributes and refuses wrong ones in TSX', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kre8-typings-'));
  try {
    const file = join(dir, 'page.tsx');
    const jsxModule = resolve('components/jsx.js');
    writeFileSync(
      file,
      `import type {} from ${JSON.stringify(jsxModule)};
export const ok = [
  <kre8-booking mode="modal" locale="es" type="assessment" timezone="Europe/Madrid" onkre8-booking-confirmed={(e) => e.detail.booking.id} />,
  <kre8-roi-calculator api-base="/api" no-persist />,
  <kre8-voice-agent position="bottom-left" load="interaction" />,
];
export const wrongMode = <kre8-booking mode="sideways" />;
export const unknownAttribute = <kre8-roi-calculator colour="red" />;
export const unknownTag = <kre8-nothing />;
`,
    );
    const program = ts.createProgram([file], {
      jsx: ts.JsxEmit.Preserve,
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: true,
      experimentalDecorators: true,
      useDefineForClassFields: false,
      allowImportingTsExtensions: true,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === file)
      .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    assert.deepEqual(errors.map((e) => Number(e.split(':')[0])), [7, 8, 9], errors.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("README's table of the widgets is generated from the manifest: every attribute and event of each", () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = readme.match(/<!-- kre8-elements:start[^>]*-->\n([\s\S]*?)\n<!-- kre8-elements:end -->/);
  assert.ok(block, 'README.md has the generated block');
  const widgets = manifest.modules.filter((m) => !m.path.startsWith('components/admin/')).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const rows = block[1].split('\n').slice(2);
  assert.equal(rows.length, widgets.length, 'one row per widget');
  for (const d of widgets) {
    const row = rows.find((r) => r.startsWith(`| \`<${d.tagName}>\` |`));
    assert.ok(row, `a row for ${d.tagName}`);
    const [, attrs, events] = row.split(' | ');
    for (const a of d.attributes ?? []) assert.ok(attrs.includes(`\`${a.name}\``), `${d.tagName}: attribute ${a.name}`);
    for (const e of d.events ?? []) assert.ok(events.includes(`\`${e.name}\``), `${d.tagName}: event ${e.name}`);
  }
});
