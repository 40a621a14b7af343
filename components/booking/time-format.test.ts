import { expect } from '@open-wc/testing';
import { formatDay, formatUsd, slotLabel, todayIn, weekdayNames, withinDayHours, zoneLabel } from './time-format.js';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('time-format', () => {
  const start = '2026-01-12T17:00:00.000Z'; // 09:00 in Los Angeles (PST)
  const end = '2026-01-12T17:30:00.000Z';

  it('labels every time with its zone, in the visitor’s zone', () => {
    expect(plain(slotLabel(start, end, 'Europe/Madrid', 'es'))).to.equal('6:00 p.m. – 6:30 p.m. · Europe/Madrid (CET)');
    expect(plain(slotLabel(start, end, 'America/Los_Angeles', 'en'))).to.equal('9:00 AM – 9:30 AM · America/Los_Angeles (PST)');
  });

  it('names zones with an abbreviation where one exists, else the offset', () => {
    expect(zoneLabel('Europe/Madrid', new Date('2026-07-01T12:00:00Z'), 'en')).to.equal('Europe/Madrid (CEST)');
    expect(zoneLabel('America/Los_Angeles', new Date('2026-07-01T12:00:00Z'), 'es')).to.equal('America/Los_Angeles (PDT)');
    expect(zoneLabel('Asia/Kolkata', new Date(start), 'en')).to.equal('Asia/Kolkata (GMT+5:30)');
    expect(zoneLabel('UTC', new Date(start), 'en')).to.equal('UTC');
  });

  it('formats day keys without shifting them (D24)', () => {
    expect(formatDay('2026-03-01', 'en')).to.equal('Sunday, March 1, 2026');
    expect(formatDay('2026-03-01', 'es')).to.equal('domingo, 1 de marzo de 2026');
  });

  it('finds today in a zone, not on the machine clock', () => {
    const instant = new Date('2026-03-10T23:30:00Z');
    expect(todayIn('Europe/Madrid', instant)).to.equal('2026-03-11');
    expect(todayIn('America/Los_Angeles', instant)).to.equal('2026-03-10');
  });

  it('keeps an on-site visit within 08:00–20:00 in the visitor’s zone', () => {
    // 2026-01-12 in Madrid (CET, UTC+1): 07:00, 08:00, 17:00, 18:00 and 22:00 starts of three hours.
    const at = (h: number) => new Date(Date.UTC(2026, 0, 12, h - 1)).toISOString();
    expect(withinDayHours(at(7), at(10), 'Europe/Madrid')).to.equal(false);
    expect(withinDayHours(at(8), at(11), 'Europe/Madrid')).to.equal(true);
    expect(withinDayHours(at(17), at(20), 'Europe/Madrid')).to.equal(true);
    expect(withinDayHours(at(18), at(21), 'Europe/Madrid')).to.equal(false);
    expect(withinDayHours(at(22), at(25), 'Europe/Madrid')).to.equal(false);
    // The same 17:00 UTC+1 start is 11:00 in New York: within its hours.
    expect(withinDayHours(at(17), at(20), 'America/New_York')).to.equal(true);
  });

  it('formats money the same in both languages (es-US)', () => {
    expect(formatUsd(250, 'en')).to.equal('$250');
    expect(formatUsd(250, 'es')).to.equal('$250');
  });

  it('starts weeks on Sunday in English and Monday in Spanish', () => {
    expect(weekdayNames('en', 0)).to.deep.equal(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    expect(weekdayNames('es', 1)[0]).to.equal('lun');
  });
});
