import { expect } from '@open-wc/testing';
import { addMonths, daysInMonth, monthGrid, monthRange, navigateDate, shiftMonthKeepDay, weekday } from './calendar-math.js';

describe('calendar-math', () => {
  it('knows month lengths, leap years included', () => {
    expect(daysInMonth('2026-02')).to.equal(28);
    expect(daysInMonth('2028-02')).to.equal(29);
    expect(monthRange('2026-04')).to.deep.equal({ from: '2026-04-01', to: '2026-04-30' });
  });

  it('moves months across years', () => {
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2026-01', -1)).to.equal('2025-12');
    expect(shiftMonthKeepDay('2026-01-31', 1)).to.equal('2026-02-28');
  });

  it('lays a month out in weeks from the locale’s first weekday', () => {
    // March 2026 starts on a Sunday.
    expect(weekday('2026-03-01')).to.equal(0);
    const sunday = monthGrid('2026-03', 0);
    expect(sunday[0][0]).to.equal('2026-03-01');
    expect(sunday.flat().filter(Boolean)).to.have.length(31);
    const monday = monthGrid('2026-03', 1);
    expect(monday[0].slice(0, 7)).to.deep.equal([null, null, null, null, null, null, '2026-03-01']);
    expect(monday.every((w) => w.length === 7)).to.equal(true);
  });

  it('follows the date-grid keys', () => {
    const d = '2026-03-11'; // a Wednesday
    expect(navigateDate(d, 'ArrowLeft')).to.equal('2026-03-10');
    expect(navigateDate(d, 'ArrowDown')).to.equal('2026-03-18');
    expect(navigateDate('2026-03-31', 'ArrowRight')).to.equal('2026-04-01');
    expect(navigateDate(d, 'Home', 0)).to.equal('2026-03-08');
    expect(navigateDate(d, 'Home', 1)).to.equal('2026-03-09');
    expect(navigateDate(d, 'End', 0)).to.equal('2026-03-14');
    expect(navigateDate(d, 'End', 1)).to.equal('2026-03-15');
    expect(navigateDate(d, 'PageUp')).to.equal('2026-02-11');
    expect(navigateDate(d, 'PageDown')).to.equal('2026-04-11');
    expect(navigateDate(d, 'a')).to.equal(null);
  });
});
