import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { EngagementController } from './engagement.js';
import { fakeEngagementEnv } from './fake-engagement-env.js';

/** A bare controller host: an element that records its controllers. */
function host() {
  const controllers: ReactiveController[] = [];
  const el = document.createElement('div') as HTMLDivElement & ReactiveControllerHost;
  Object.assign(el, {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  });
  return { el, connect: () => controllers.forEach((c) => c.hostConnected?.()), disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()) };
}

describe('EngagementController', () => {
  it('counts only seconds on screen with the tab visible (5 s + 10 s hidden + 3 s = 8)', () => {
    const fake = fakeEngagementEnv();
    const h = host();
    const c = new EngagementController(h.el, { env: () => fake.env });
    h.connect();
    fake.advance(7000); // connected but not yet scrolled into view
    expect(c.seconds).to.equal(0);
    fake.onScreen(true);
    fake.advance(5000);
    fake.tabVisible(false);
    fake.advance(10_000);
    fake.tabVisible(true);
    fake.advance(3000);
    expect(c.seconds).to.equal(8);
    fake.onScreen(false);
    fake.advance(60_000);
    expect(c.seconds).to.equal(8);
  });

  it('reports fillMs from the first time it was shown, not from connect', () => {
    const fake = fakeEngagementEnv();
    const h = host();
    const c = new EngagementController(h.el, { env: () => fake.env });
    h.connect();
    fake.advance(4000);
    fake.onScreen(true);
    fake.advance(2500);
    fake.onScreen(false);
    fake.advance(1000);
    expect(c.fillMs()).to.equal(3500);
  });

  it('calls onPause when it stops being visible, and stops observing on disconnect', () => {
    const fake = fakeEngagementEnv();
    const h = host();
    let pauses = 0;
    const c = new EngagementController(h.el, { env: () => fake.env, onPause: () => pauses++ });
    h.connect();
    expect(fake.observing).to.equal(true);
    fake.onScreen(true);
    fake.advance(2000);
    fake.tabVisible(false);
    expect(pauses).to.equal(1);
    fake.tabVisible(true);
    fake.advance(1000);
    h.disconnect();
    expect(pauses).to.equal(2);
    expect(fake.observing).to.equal(false);
    fake.advance(5000);
    expect(c.seconds).to.equal(3);
  });

  it('counts commits one each, even when a value returns to where it was', () => {
    const h = host();
    const c = new EngagementController(h.el, { env: () => fakeEngagementEnv().env });
    h.connect();
    c.commit();
    c.commit();
    c.commit();
    expect(c.adjustments).to.equal(3);
  });

  it('debounces typing: one adjustment per pause, per field', () => {
    const fake = fakeEngagementEnv();
    const h = host();
    const c = new EngagementController(h.el, { env: () => fake.env, debounceMs: 800 });
    h.connect();
    for (let i = 0; i < 4; i++) {
      c.typing('deal');
      fake.advance(200);
    }
    fake.advance(800);
    expect(c.adjustments).to.equal(1);
    c.typing('deal');
    c.typing('lost');
    fake.advance(800);
    expect(c.adjustments).to.equal(3);
  });

  it('snapshots and restores time, adjustments and first-shown time', () => {
    const fake = fakeEngagementEnv();
    const h = host();
    const c = new EngagementController(h.el, { env: () => fake.env });
    h.connect();
    fake.onScreen(true);
    fake.advance(12_400);
    c.commit();
    const snap = c.snapshot();
    expect(snap).to.deep.equal({ visibleMs: 12_400, adjustments: 1, shownAt: 1_000_000 });

    const h2 = host();
    const c2 = new EngagementController(h2.el, { env: () => fake.env });
    c2.restore(snap);
    h2.connect();
    fake.onScreen(true);
    fake.advance(3000);
    expect(c2.seconds).to.equal(15);
    expect(c2.adjustments).to.equal(1);
    expect(c2.fillMs()).to.equal(15_400);
  });
});
