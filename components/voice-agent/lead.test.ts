import { expect } from '@open-wc/testing';
import type { CapturedLead } from '../../model/contracts.js';
import { bookingPrefill } from './actions.js';
import { contactDetails, leadContact, leadName } from './lead.js';

const lead = (over: Partial<CapturedLead>): CapturedLead => ({ firstName: null, lastName: null, email: null, phone: null, companyName: null, ...over });

describe('lead helpers', () => {
  it('leadContact prefers the email, falls back to the phone, else null', () => {
    expect(leadContact(lead({ email: 'a@b.co', phone: '+1 2' }))).to.equal('a@b.co');
    expect(leadContact(lead({ phone: '+1 2' }))).to.equal('+1 2');
    expect(leadContact(lead({ firstName: 'Ann' }))).to.equal(null);
    expect(leadContact(null)).to.equal(null);
  });

  it('leadName joins what is known', () => {
    expect(leadName(lead({ firstName: 'Ann', lastName: 'Lee' }))).to.equal('Ann Lee');
    expect(leadName(lead({ lastName: 'Lee' }))).to.equal('Lee');
    expect(leadName(lead({}))).to.equal(undefined);
  });

  it('contactDetails splits the name and leaves blank fields out', () => {
    expect(contactDetails('  Ana  María   López ', ' ana@x.es ', '')).to.deep.equal({ firstName: 'Ana', lastName: 'María López', email: 'ana@x.es' });
    expect(contactDetails('', '', '+34 600')).to.deep.equal({ phone: '+34 600' });
  });

  it('bookingPrefill maps the target to the booking type and carries the contact', () => {
    expect(bookingPrefill({ type: 'open-booking', target: 'assessment' }, null)).to.deep.equal({ type: 'assessment' });
    expect(bookingPrefill({ type: 'open-booking', target: 'anything' }, lead({ firstName: 'Ann', email: 'a@b.co' }))).to.deep.equal({
      type: 'consultation',
      name: 'Ann',
      email: 'a@b.co',
    });
  });
});
