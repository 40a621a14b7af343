import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** custom-elements.json is what IDEs, Storybook and framework wrappers read: it must describe each tag fully. */
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
type Decl = { tagName?: string; attributes?: { name: string }[]; events?: { name: string; type?: { text: string } }[]; cssParts?: unknown[]; cssProperties?: unknown[]; members?: { kind: string; name: string; privacy?: string }[] };
const decls: Decl[] = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []);
const byTag = (tag: string) => decls.find((d) => d.tagName === tag);

const EXPECTED = {
  'kre8-roi-calculator': { attributes: ['api-base', 'locale', 'tier', 'partner', 'no-persist'], events: ['step', 'result', 'submit', 'lead', 'book', 'error'] },
  'kre8-booking': { attributes: ['api-base', 'locale', 'type', 'partner', 'mode', 'timezone', 'name', 'email', 'heading', 'intro'], events: ['open', 'date', 'slot', 'submit', 'confirmed', 'error'], methods: ['open', 'close'] },
  'kre8-voice-agent': { attributes: ['api-base', 'locale', 'position', 'greeting', 'partner'], events: ['open', 'close', 'message', 'action', 'lead', 'error'] },
} as const;

test('package.json points at the manifest', () => assert.equal(pkg.customElements, 'custom-elements.json'));

for (const [tag, want] of Object.entries(EXPECTED)) {
  test(`${tag}: attributes, typed events, parts, custom properties and methods`, () => {
    const d = byTag(tag);
    assert.ok(d, `${tag} is declared`);
    const attrs = d.attributes?.map((a) => a.name) ?? [];
    for (const a of want.attributes) assert.ok(attrs.includes(a), `attribute ${a}`);
    for (const e of want.events) {
      const ev = d.events?.find((x) => x.name === `${tag}-${e}`);
      assert.ok(ev, `event ${tag}-${e}`);
      assert.match(ev.type?.text ?? '', /^CustomEvent<.+>$/, `event ${tag}-${e} has its detail type`);
    }
    assert.ok(d.events?.every((e) => e.name.startsWith(`${tag}-`)), 'only documented events');
    assert.ok((d.cssParts?.length ?? 0) >= 5, 'CSS parts documented');
    assert.ok((d.cssProperties?.length ?? 0) >= 5, 'CSS custom properties documented');
    for (const m of ('methods' in want ? want.methods : [])) assert.ok(d.members?.some((x) => x.kind === 'method' && x.name === m && !x.privacy), `method ${m}`);
  });
}
