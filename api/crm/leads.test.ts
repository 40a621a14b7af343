import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { upsertLead } from './leads.js';

/** The phone-only placeholder address (issue #16): it stands in only until a real address is known, and never beside one. */
describe('leads: the phone-only placeholder', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const rowsWithPhone = async (phone: string) => (await h.rows('leads')).filter((l) => l.phone === phone);

  it('a phone-only lead gets the placeholder, and the real address arriving later corrects that row instead of adding one', async () => {
    const first = await upsertLead(h.deps.ncb, { email: null, phone: '+15125550301', firstName: 'Imke', source: 'voice-agent' });
    assert.equal(first.created, true);
    let rows = await rowsWithPhone('+15125550301');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.email, '15125550301@phone.invalid');

    const later = await upsertLead(h.deps.ncb, { email: 'Imke@Harbor-Sails.CO', phone: '+15125550301', lastName: 'Vos', source: 'voice-agent' });
    assert.deepEqual(later, { id: first.id, created: false });
    rows = await rowsWithPhone('+15125550301');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.email, 'imke@harbor-sails.co');
    assert.equal(rows[0]!.first_name, 'Imke');
    assert.equal(rows[0]!.last_name, 'Vos');
    assert.equal((await h.rows('leads')).filter((l) => String(l.email).endsWith('@phone.invalid') && l.phone === '+15125550301').length, 0);
  });

  it('the same conversation correcting its phone too still moves its own placeholder row to the real address', async () => {
    const own = await upsertLead(h.deps.ncb, { email: null, phone: '+15125550302', source: 'voice-agent' });
    const later = await upsertLead(h.deps.ncb, { email: 'ravi@quillworks.com.mx', phone: '+15125550320', source: 'voice-agent', ownLeadId: own.id });
    assert.equal(later.id, own.id);
    const row = (await h.rows('leads')).find((l) => l.id === own.id)!;
    assert.equal(row.email, 'ravi@quillworks.com.mx');
    assert.equal(row.phone, '+15125550320');
  });

  it('only a phone, when a lead with a real address already has that phone: that lead, no placeholder row', async () => {
    const real = await upsertLead(h.deps.ncb, { email: 'noor@saltmarsh.example', phone: '+15125550303', source: 'roi-calculator' });
    const again = await upsertLead(h.deps.ncb, { email: null, phone: '+15125550303', companyName: 'Saltmarsh Kayaks', source: 'voice-agent' });
    assert.deepEqual(again, { id: real.id, created: false });
    const rows = await rowsWithPhone('+15125550303');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.email, 'noor@saltmarsh.example');
    assert.equal(rows[0]!.company_name, 'Saltmarsh Kayaks');
  });

  it('a real address is never replaced by the placeholder, even on the conversation own lead', async () => {
    const own = await upsertLead(h.deps.ncb, { email: 'luz@tallerluz.mx', phone: '+15125550304', source: 'voice-agent' });
    await upsertLead(h.deps.ncb, { email: null, phone: '+15125550340', source: 'voice-agent', ownLeadId: own.id });
    const row = (await h.rows('leads')).find((l) => l.id === own.id)!;
    assert.equal(row.email, 'luz@tallerluz.mx');
  });
});
