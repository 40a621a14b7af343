import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

/** The layer rules in eslint.config.mjs fail on a deliberate violation of each, and pass the allowed imports. */
const eslint = new ESLint();
async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (eslint no-restricted-imports)', () => {
  const violations: [string, string, string, RegExp][] = [
    ['a widget importing the API', 'components/booking/violation.ts', "import { SCHEMA } from '../../api/ncb/schema.js';\nexport const s = SCHEMA;\n", /never import from api/],
    ['the model importing the API', 'model/violation.ts', "import type { Deps } from '../api/deps.js';\nexport type D = Deps;\n", /never import from api/],
    ['a flow importing NCB', 'api/flows/violation.ts', "import { SCHEMA } from '../ncb/schema.js';\nexport const s = SCHEMA;\n", /Only api\/crm talks to NCB/],
    ['the lead extractor importing NCB', 'api/lead/violation.ts', "import { INDUSTRIES } from '../ncb/schema.js';\nexport const i = INDUSTRIES;\n", /Only api\/crm talks to NCB/],
    ['a route importing the CRM', 'api/routes/violation.ts', "import { upsertLead } from '../crm/leads.js';\nexport const u = upsertLead;\n", /belongs in a flow/],
    ['a route importing the calendar maths', 'api/routes/violation.ts', "import { computeAvailability } from '../booking/slots.js';\nexport const c = computeAvailability;\n", /belongs in a flow/],
  ];
  for (const [what, path, code, message] of violations) {
    it(`fails ${what}`, async () => {
      const found = await restricted(path, code);
      assert.equal(found.length, 1, `expected one layer error for ${path}`);
      assert.match(found[0]!, message);
    });
  }

  it('allows the imports the layers are built on', async () => {
    assert.deepEqual(await restricted('api/crm/allowed.ts', "import { SCHEMA } from '../ncb/schema.js';\nexport const s = SCHEMA;\n"), []);
    assert.deepEqual(await restricted('api/routes/allowed.ts', "import { availability } from '../flows/availability.js';\nexport const a = availability;\n"), []);
    assert.deepEqual(await restricted('components/booking/allowed.ts', "import { ASSESSMENT } from '../../model/catalog.js';\nexport const a = ASSESSMENT;\n"), []);
  });
});
