import { expect } from '@open-wc/testing';
import { initialState, next, type BookingEvent, type BookingState } from './booking-state.js';

const slot = { start: '2030-01-10T17:00:00.000Z', end: '2030-01-10T17:30:00.000Z' };
const run = (events: BookingEvent[], from: BookingState = initialState) => events.reduce(next, from);

describe('booking-state next()', () => {
  it('picks a day, then a time, and books', () => {
    const picked = run([{ type: 'date', date: '2030-01-10' }, { type: 'slot', slot }]);
    expect(picked).to.deep.equal({ view: 'pick', date: '2030-01-10', slot });
    expect(next(picked, { type: 'booked' })).to.deep.equal({ view: 'confirmed', date: null, slot: null });
  });

  it('refuses a time without a day, and a booking without a time', () => {
    expect(next(initialState, { type: 'slot', slot })).to.equal(initialState);
    expect(next(initialState, { type: 'booked' })).to.equal(initialState);
  });

  it('"open" after a confirmation or a failed payment is a fresh picker; while picking it changes nothing', () => {
    const fresh = { view: 'pick', date: null, slot: null };
    expect(next({ view: 'confirmed', date: null, slot: null }, { type: 'open' })).to.deep.equal(fresh);
    expect(next({ view: 'not-completed', date: null, slot: null }, { type: 'open' })).to.deep.equal(fresh);
    const picking = run([{ type: 'date', date: '2030-01-10' }, { type: 'slot', slot }]);
    expect(next(picking, { type: 'open' })).to.equal(picking);
    // a payment being confirmed is not interrupted by a page trigger
    expect(next({ view: 'resuming', date: null, slot: null }, { type: 'open' }).view).to.equal('resuming');
  });

  it('"change time" keeps the day; another type or zone drops both', () => {
    const picked = run([{ type: 'date', date: '2030-01-10' }, { type: 'slot', slot }]);
    expect(next(picked, { type: 'unslot' })).to.deep.equal({ view: 'pick', date: '2030-01-10', slot: null });
    expect(next(picked, { type: 'reset' })).to.deep.equal({ view: 'pick', date: null, slot: null });
  });

  it('maps each checkout status to its view, only while resuming', () => {
    const resuming = next(initialState, { type: 'resume' });
    expect(resuming.view).to.equal('resuming');
    expect(next(resuming, { type: 'status', status: 'paid' }).view).to.equal('confirmed');
    expect(next(resuming, { type: 'status', status: 'pending' }).view).to.equal('pending');
    expect(next(resuming, { type: 'status', status: 'unpaid' }).view).to.equal('not-completed');
    expect(next(resuming, { type: 'status', status: 'expired' }).view).to.equal('not-completed');
    expect(next(resuming, { type: 'status-failed' }).view).to.equal('status-error');
    expect(next(initialState, { type: 'status', status: 'paid' }).view, 'a status outside a return').to.equal('pick');
    // "check again" from pending or an error resumes
    expect(next({ view: 'pending', date: null, slot: null }, { type: 'resume' }).view).to.equal('resuming');
    expect(next({ view: 'status-error', date: null, slot: null }, { type: 'resume' }).view).to.equal('resuming');
  });

  it('a cancelled checkout is not completed', () => {
    expect(next(initialState, { type: 'cancelled' })).to.deep.equal({ view: 'not-completed', date: null, slot: null });
  });
});
