import { expect } from '@open-wc/testing';
import type { CheckoutStatus } from '../../model/contracts.js';
import { pollCheckoutStatus, readCheckoutReturn, savePendingBooking, takePendingBooking, withoutCheckoutParams } from './checkout-return.js';

describe('checkout-return', () => {
  it('reads the return parameters', () => {
    expect(readCheckoutReturn('https://a.test/p?kre8_checkout_session=cs_1')).to.deep.equal({ kind: 'session', sessionId: 'cs_1' });
    expect(readCheckoutReturn('https://a.test/p?kre8_checkout=cancelled')).to.deep.equal({ kind: 'cancelled' });
    expect(readCheckoutReturn('https://a.test/p?utm_source=x')).to.equal(null);
  });

  it('removes only its own parameters', () => {
    expect(withoutCheckoutParams('https://a.test/p?utm_source=x&kre8_checkout_session=cs_1&kre8_checkout=cancelled#book'))
      .to.equal('https://a.test/p?utm_source=x#book');
  });

  it('polls while pending, then stops', async () => {
    const answers: CheckoutStatus['status'][] = ['pending', 'pending', 'unpaid', 'paid'];
    const waits: number[] = [];
    let asked = 0;
    const result = await pollCheckoutStatus(
      async () => ({ status: answers[asked++] }) as CheckoutStatus,
      [10, 20, 30, 40],
      async (ms) => { waits.push(ms); },
    );
    expect(result.status).to.equal('unpaid');
    expect(asked).to.equal(3);
    expect(waits).to.deep.equal([10, 20]);
  });

  it('gives up pending after the last delay', async () => {
    let asked = 0;
    const result = await pollCheckoutStatus(async () => { asked++; return { status: 'pending' }; }, [1, 1], async () => undefined);
    expect(result.status).to.equal('pending');
    expect(asked).to.equal(3);
  });

  it('keeps the form across the redirect, once', () => {
    savePendingBooking({ type: 'assessment', values: { name: 'Ada' } });
    expect(takePendingBooking()).to.deep.equal({ type: 'assessment', values: { name: 'Ada' } });
    expect(takePendingBooking()).to.equal(null);
  });
});
