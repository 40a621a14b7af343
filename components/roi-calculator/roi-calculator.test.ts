import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { RoiSubmission } from '../../model/contracts.js';
import { DEFAULT_INPUTS, computeRoi } from '../../model/roi.js';
import './define.js';
import type { Kre8RoiCalculator, RoiErrorDetail, RoiLeadDetail, RoiResultDetail, RoiStepDetail, RoiSubmitDetail } from './roi-calculator.js';
import { fakeEngagementEnv } from './fake-engagement-env.js';

const worker = setupWorker();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const KEY = 'kre8:roi-calculator';

let received: RoiSubmission[] = [];
/** Records every POST /api/leads/roi body; answers with `reply(n)` for the n-th request (0-based). */
function api(reply: (n: number) => Response = () => HttpResponse.json({ ok: true }, { status: 201 })) {
  worker.use(
    http.post('/api/leads/roi', async ({ request }) => {
      received.push((await request.json()) as RoiSubmission);
      return reply(received.length - 1);
    }),
  );
}

const q = <T extends Element = HTMLElement>(el: Kre8RoiCalculator, sel: string) => el.shadowRoot!.querySelector<T & Element>(sel)!;
const input = (el: Kre8RoiCalculator, sel: string) => q<HTMLInputElement>(el, sel);
const active = (el: Kre8RoiCalculator) => el.shadowRoot!.activeElement as HTMLElement | null;
const heading = (el: Kre8RoiCalculator) => q(el, '#step-h').textContent!.replace(/\s+/g, ' ').trim();

/** Presses Tab until the focused element inside the widget matches `sel`. */
async function tabTo(el: Kre8RoiCalculator, sel: string, max = 30) {
  for (let i = 0; i < max; i++) {
    if (active(el)?.matches(sel)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`never reached ${sel} by Tab (at ${active(el)?.outerHTML.slice(0, 80)})`);
}

async function press(el: Kre8RoiCalculator, key: string, times = 1) {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
  await el.updateComplete;
}

function typeInto(el: Kre8RoiCalculator, sel: string, value: string) {
  const i = input(el, sel);
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function toResults(el: Kre8RoiCalculator) {
  for (const s of [1, 2, 3]) await el.goToStep(s);
  await el.updateComplete;
}

async function submit(el: Kre8RoiCalculator, email = 'ada@example.com') {
  typeInto(el, '#email', email);
  await el.updateComplete;
  q<HTMLButtonElement>(el, 'button[type=submit]').click();
}

const mount = (tpl = html`<kre8-roi-calculator api-base="/api"></kre8-roi-calculator>`) => fixture<Kre8RoiCalculator>(tpl);

describe('kre8-roi-calculator', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  beforeEach(() => {
    received = [];
    sessionStorage.clear();
  });
  afterEach(() => {
    worker.resetHandlers();
    sessionStorage.clear();
  });

  it('is driven by keyboard alone from the first step to a submitted email', async () => {
    api();
    const el = await mount();
    const steps: RoiStepDetail[] = [];
    el.addEventListener('kre8-roi-calculator-step', (e) => steps.push((e as CustomEvent<RoiStepDetail>).detail));

    // Step 1: radios move with arrow keys, the slider with arrows, Next with Enter.
    await tabTo(el, '#industry');
    await press(el, 'ArrowUp'); // Other business (last) → Retail and hospitality
    await tabTo(el, '#employees');
    await press(el, 'ArrowDown');
    await tabTo(el, '#rate');
    await press(el, 'ArrowRight');
    await tabTo(el, 'input[name=tier]');
    await press(el, 'ArrowDown');
    await tabTo(el, 'button.primary');
    await press(el, 'Enter');
    expect(active(el)?.id).to.equal('step-h');
    expect(heading(el)).to.equal('Step 2 of 4 Time audit');

    // Step 2: a task slider, then Next with Space.
    await tabTo(el, '#scheduling');
    await press(el, 'ArrowRight', 2);
    await tabTo(el, 'button.primary');
    await press(el, 'Space');
    expect(heading(el)).to.equal('Step 3 of 4 Revenue');

    // Step 3: typing in number fields (Tab selects the old value, so typing replaces it).
    await tabTo(el, '#deal');
    await sendKeys({ type: '800' });
    await tabTo(el, '#lost');
    await sendKeys({ type: '20' });
    await tabTo(el, '#close');
    await press(el, 'ArrowLeft');
    await tabTo(el, 'button.primary');
    await press(el, 'Enter');
    expect(heading(el)).to.equal('Step 4 of 4 Results');

    // Step 4: the email form; Tab skips the honeypot and lands on Send.
    await tabTo(el, '#email');
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Acme' });
    await sendKeys({ press: 'Tab' }); // phone, left blank
    await sendKeys({ press: 'Tab' });
    expect(active(el)?.matches('button[type=submit]')).to.equal(true);
    const lead = oneEvent(el, 'kre8-roi-calculator-lead');
    await press(el, 'Enter');
    await waitUntil(() => received.length === 1, 'no request reached the API');

    const body = received[0];
    expect(body.submissionId).to.match(UUID);
    expect(body).to.include({ email: 'ada@example.com', name: 'Ada Lovelace', companyName: 'Acme', locale: 'en', website_hp: '' });
    expect(body).to.not.have.property('phone');
    expect(body.inputs).to.deep.equal({
      industry: 'retail',
      employees: '10-25',
      hourlyLaborCost: 40,
      tier: 'architect',
      taskHours: { ...DEFAULT_INPUTS.taskHours, scheduling: 8 },
      monthlyRevenue: 50000,
      avgDealValue: 800,
      lostLeadsPerMonth: 20,
      closeRate: 24,
    });
    // industry, employees, rate, tier, 2 × scheduling, close rate, and one per typed field
    expect(body.engagement.adjustmentsCount).to.equal(9);
    expect(body.fillMs).to.be.a('number');
    expect(body.attribution?.landingUrl).to.equal(location.href);
    expect(steps.map((s) => s.id)).to.deep.equal(['time', 'revenue', 'results']);
    expect(steps[0]).to.deep.equal({ step: 2, id: 'time', label: 'Time audit' });

    const leadDetail = ((await lead) as CustomEvent<RoiLeadDetail>).detail;
    expect(leadDetail.email).to.equal('ada@example.com');
    expect(leadDetail.results.annualBenefit).to.equal(computeRoi(body.inputs).annualBenefit);
    await el.updateComplete;
    const sent = q(el, '.sent').textContent!.replace(/\s+/g, ' ');
    const r = computeRoi(body.inputs);
    expect(sent).to.contain('Your report is on its way').and.contain('ada@example.com').and.contain('within one business day');
    expect(sent).to.contain(`$${r.annualBenefit.toLocaleString('en')} a year, ${r.firstYearRoi}% first-year ROI`);
    // No booking widget on this page: no dead "Book" button, and no stray Back either.
    expect(el.shadowRoot!.querySelectorAll('.sent button, .actions button')).to.have.length(0);
  });

  it('sends engagement measured under controlled time and visibility: 5 s + 10 s hidden + 3 s = 8; 3 slider changes = 3', async () => {
    api();
    const fake = fakeEngagementEnv();
    const el = await mount(html`<kre8-roi-calculator api-base="/api" .engagementEnv=${fake.env}></kre8-roi-calculator>`);
    fake.onScreen(true);
    fake.advance(5000);
    fake.tabVisible(false);
    fake.advance(10_000);
    fake.tabVisible(true);
    fake.advance(3000);

    input(el, '#rate').focus();
    await press(el, 'ArrowRight'); // 40
    await press(el, 'ArrowLeft'); // 35: back where it was, still an adjustment
    await press(el, 'ArrowLeft'); // 30
    await toResults(el);
    await submit(el);
    await waitUntil(() => received.length === 1);
    expect(received[0].engagement).to.deep.equal({ timeOnCalculatorSeconds: 8, adjustmentsCount: 3 });
    expect(received[0].inputs.hourlyLaborCost).to.equal(30);
    expect(received[0].fillMs).to.equal(18_000);
  });

  it('retries after a 503 with the same submissionId and the input kept', async () => {
    api((n) => (n === 0 ? HttpResponse.json({ error: { code: 'unavailable', message: 'down', requestId: 'r' } }, { status: 503 }) : HttpResponse.json({ ok: true })));
    const el = await mount();
    await toResults(el);
    typeInto(el, '#name', 'Ada');
    const failed = oneEvent(el, 'kre8-roi-calculator-error');
    await submit(el);
    expect(((await failed) as CustomEvent<RoiErrorDetail>).detail).to.deep.equal({ status: 503, code: 'unavailable', message: 'down' });
    await el.updateComplete;
    expect(q(el, '.alert').textContent).to.contain('Our service is having trouble right now.');
    expect(input(el, '#email').value).to.equal('ada@example.com');
    expect(input(el, '#name').value).to.equal('Ada');

    q<HTMLButtonElement>(el, '.alert button').click();
    await waitUntil(() => received.length === 2, 'retry never sent');
    expect(received[1].submissionId).to.equal(received[0].submissionId);
    expect(received[1].name).to.equal('Ada');
    await waitUntil(() => el.shadowRoot!.querySelector('.sent'));
  });

  it('shows "too many attempts" on 429 and an offline message when the network fails', async () => {
    api((n) => (n === 0 ? HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down', requestId: 'r' } }, { status: 429 }) : HttpResponse.error()));
    const el = await mount();
    await toResults(el);
    await submit(el);
    await waitUntil(() => q(el, '.alert').textContent!.includes('Too many attempts'));
    const offline = oneEvent(el, 'kre8-roi-calculator-error');
    q<HTMLButtonElement>(el, '.alert button').click();
    expect(((await offline) as CustomEvent<RoiErrorDetail>).detail.status).to.equal(0);
    await el.updateComplete;
    // The shared outage wording (components/core/outage.ts): offline only when the browser says so.
    expect(q(el, '.alert').textContent).to.contain('Our service is having trouble right now. Please try again in a moment.');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    q<HTMLButtonElement>(el, '.alert button').click();
    await waitUntil(() => q(el, '.alert').textContent!.includes('You appear to be offline. Check your connection, then try again.'));
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('shows a 400’s field errors next to their fields, linked with aria-describedby', async () => {
    api(() =>
      HttpResponse.json(
        { error: { code: 'invalid', message: 'Invalid', fields: { email: 'This address bounced', phone: 'Not a phone number', 'inputs.tier': 'bad' }, requestId: 'r' } },
        { status: 400 },
      ),
    );
    const el = await mount();
    await toResults(el);
    typeInto(el, '#phone', '12');
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#email-err'));
    const email = input(el, '#email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(email.getAttribute('aria-describedby')).to.equal('email-err');
    expect(q(el, '#email-err').textContent).to.equal('This address bounced');
    expect(input(el, '#phone').getAttribute('aria-describedby')).to.equal('phone-err');
    expect(q(el, '#phone-err').textContent).to.equal('Not a phone number');
    expect(input(el, '#name').hasAttribute('aria-describedby')).to.equal(false);
    expect(q(el, '.alert').textContent).to.contain('inputs.tier: bad');
    expect(active(el)).to.equal(email);
    await expect(el).to.be.accessible();
  });

  it('on the server’s too_fast says so kindly in Spanish, offers a retry, and the retry sends the same lead', async () => {
    api((n) => (n === 0
      ? HttpResponse.json(
        { error: { code: 'too_fast', message: 'That was quicker than a person can fill the form.', fields: { fillMs: 'at least 2500 ms expected' }, requestId: 'x' } },
        { status: 400 },
      )
      : HttpResponse.json({ ok: true }, { status: 201 })));
    const el = await mount(html`<kre8-roi-calculator api-base="/api" locale="es"></kre8-roi-calculator>`);
    const failed = oneEvent(el, 'kre8-roi-calculator-error');
    await toResults(el);
    await submit(el);
    expect(((await failed) as CustomEvent<RoiErrorDetail>).detail).to.deep.include({ status: 400, code: 'too_fast' });
    await el.updateComplete;
    const alert = q(el, '.alert');
    expect(alert.querySelector('p')!.textContent).to.equal('Eso fue muy rápido: tómate un momento y vuelve a enviarlo.');
    expect(alert.textContent).to.not.contain('fillMs'); // a spam check is no field to fix
    expect(input(el, '#email').getAttribute('aria-invalid')).to.equal('false');
    const retry = alert.querySelector<HTMLButtonElement>('button')!;
    expect(retry.textContent).to.equal('Reintentar');
    await waitUntil(() => active(el) === retry, 'the retry is not focused');
    await expect(el).to.be.accessible();
    retry.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#sent-h'), 'the retry was not sent');
    expect(received).to.have.length(2);
    expect(received[1].submissionId).to.equal(received[0].submissionId);
  });

  it('validates the email locally and sends nothing when it is not an address', async () => {
    api();
    const el = await mount();
    await toResults(el);
    await submit(el, 'not-an-email');
    await el.updateComplete;
    expect(q(el, '#email-err').textContent).to.equal('Enter a valid email address.');
    expect(active(el)).to.equal(input(el, '#email'));
    expect(received).to.have.length(0);
  });

  it('sends the honeypot as website_hp; the honeypot is hidden from people and the tab order', async () => {
    api();
    const el = await mount();
    await toResults(el);
    const hp = input(el, '#website');
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.getAttribute('autocomplete')).to.equal('off');
    expect(hp.closest('[aria-hidden="true"]')).to.not.equal(null);
    hp.value = 'http://spam.example';
    await submit(el);
    await waitUntil(() => received.length === 1);
    expect(received[0].website_hp).to.equal('http://spam.example');
  });

  it('lets the host veto the submit, or add attribution that then arrives', async () => {
    api();
    const el = await mount(html`<kre8-roi-calculator api-base="/api" partner="acme-partners"></kre8-roi-calculator>`);
    await toResults(el);
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('kre8-roi-calculator-submit', veto, { once: true });
    await submit(el);
    await el.updateComplete;
    expect(q(el, '.status').textContent).to.equal('');

    el.addEventListener('kre8-roi-calculator-submit', (e) => {
      (e as CustomEvent<RoiSubmitDetail>).detail.payload.attribution!.utm_campaign = 'host-added';
    });
    q<HTMLButtonElement>(el, 'button[type=submit]').click();
    await waitUntil(() => received.length === 1);
    await el.updateComplete;
    expect(received).to.have.length(1); // the vetoed submit never went out
    expect(received[0].attribution).to.include({ utm_campaign: 'host-added', partner: 'acme-partners' });
  });

  it('speaks Spanish with locale="es"', async () => {
    const el = await mount(html`<kre8-roi-calculator api-base="/api" locale="es"></kre8-roi-calculator>`);
    expect(heading(el)).to.equal('Paso 1 de 4 Datos básicos');
    expect(q(el, 'nav').getAttribute('aria-label')).to.equal('Pasos de la calculadora');
    expect(input(el, '#rate').getAttribute('aria-valuetext')).to.equal('$35 por hora');
    expect(q(el, 'label[for=industry]').textContent).to.equal('Sector');
    await el.goToStep(1);
    expect(input(el, '#scheduling').getAttribute('aria-valuetext')).to.equal('6 horas por semana');
    expect(q(el, 'label[for=scheduling]').textContent).to.equal('Agenda y citas');
  });

  it('speaks Spanish from <html lang="es"> and sends locale es', async () => {
    api();
    const before = document.documentElement.lang;
    document.documentElement.lang = 'es';
    try {
      const el = await mount();
      expect(heading(el)).to.equal('Paso 1 de 4 Datos básicos');
      await toResults(el);
      expect(q(el, 'button[type=submit]').textContent!.trim()).to.equal('Enviar mi informe');
      await submit(el);
      await waitUntil(() => received.length === 1);
      expect(received[0].locale).to.equal('es');
      expect(received[0].inputs.industry).to.equal('other'); // ids, never labels (D44)
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('restores step, inputs, engagement and submissionId after the element is re-created', async () => {
    api();
    const first = await mount();
    await first.goToStep(1);
    input(first, '#scheduling').focus();
    await press(first, 'ArrowRight'); // 7 h, one adjustment
    first.remove(); // leaving the page writes at once (otherwise after a 500 ms pause)
    const stored = JSON.parse(sessionStorage.getItem(KEY)!);
    expect(stored.step).to.equal(1);
    expect(stored.inputs.taskHours.scheduling).to.equal(7);
    expect(stored).to.not.have.property('email');

    const el = await mount();
    expect(heading(el)).to.equal('Step 2 of 4 Time audit');
    expect(input(el, '#scheduling').value).to.equal('7');
    await toResults(el);
    await submit(el);
    await waitUntil(() => received.length === 1);
    expect(received[0].submissionId).to.equal(stored.submissionId);
    expect(received[0].inputs.taskHours.scheduling).to.equal(7);
    expect(received[0].engagement.adjustmentsCount).to.equal(1);
    expect(sessionStorage.getItem(KEY)).to.not.contain('ada@example.com');
  });

  it('with no-persist neither restores nor saves progress', async () => {
    sessionStorage.setItem(KEY, JSON.stringify({ step: 2, furthest: 2, inputs: DEFAULT_INPUTS, engagement: {}, submissionId: 'old' }));
    const el = await mount(html`<kre8-roi-calculator api-base="/api" no-persist></kre8-roi-calculator>`);
    expect(heading(el)).to.equal('Step 1 of 4 Basics');
    expect(sessionStorage.getItem(KEY)).to.equal(null);
    await el.goToStep(1);
    expect(sessionStorage.getItem(KEY)).to.equal(null);
  });

  it('takes the initial tier from the tier attribute', async () => {
    const el = await mount(html`<kre8-roi-calculator api-base="/api" tier="discovery"></kre8-roi-calculator>`);
    expect(input(el, 'input[name=tier][value=discovery]').checked).to.equal(true);
  });

  it('takes the tier attribute with no-persist too, and follows later changes to it', async () => {
    const el = await mount(html`<kre8-roi-calculator api-base="/api" no-persist tier="architect"></kre8-roi-calculator>`);
    expect(input(el, 'input[name=tier][value=architect]').checked).to.equal(true);
    const result = oneEvent(el, 'kre8-roi-calculator-result');
    el.tier = 'discovery';
    await el.updateComplete;
    expect(input(el, 'input[name=tier][value=discovery]').checked).to.equal(true);
    expect(((await result) as CustomEvent<RoiResultDetail>).detail.inputs.tier).to.equal('discovery');
  });

  it('step indicator: a nav landmark, aria-current on the current step, buttons back to visited steps', async () => {
    const el = await mount();
    expect(q(el, 'nav li[aria-current=step]').textContent).to.contain('Basics');
    expect(el.shadowRoot!.querySelectorAll('nav button')).to.have.length(0);
    await el.goToStep(3); // not reachable yet: only one step past the furthest
    expect(heading(el)).to.contain('Basics');
    await el.goToStep(1);
    await el.goToStep(2);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Go to step 1: Basics', 'Go to step 2: Time audit']);
    buttons[0].click();
    await el.updateComplete;
    expect(heading(el)).to.contain('Basics');
    expect(active(el)?.id).to.equal('step-h');
    expect(el.shadowRoot!.querySelectorAll('nav button')).to.have.length(2); // Time audit and Revenue stay reachable
  });

  it('updates the estimate live and emits a debounced result event', async () => {
    const el = await mount();
    expect(q(el, '.est').textContent).to.contain('$51,049');
    const result = oneEvent(el, 'kre8-roi-calculator-result');
    const slider = input(el, '#rate');
    slider.value = '50';
    slider.dispatchEvent(new Event('input'));
    slider.value = '70';
    slider.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const expected = computeRoi({ ...DEFAULT_INPUTS, hourlyLaborCost: 70 });
    expect(q(el, '.est').textContent).to.contain(`$${expected.annualBenefit.toLocaleString('en')}`);
    const detail = ((await result) as CustomEvent<RoiResultDetail>).detail;
    expect(detail.inputs.hourlyLaborCost).to.equal(70);
    expect(detail.results).to.deep.equal(expected);
  });

  it('leads the results with first-year benefit, ROI and payback, says what the first year includes, and collapses the rest', async () => {
    const el = await mount();
    await toResults(el);
    // Foundation: 5,000 + 12 × 1,500 = 23,000 in the first year; (51,049 − 23,000) / 23,000 = 122 %.
    const hero = q(el, '.hero').textContent!.replace(/\s+/g, ' ');
    expect(hero).to.contain('Annual benefit$51,049').and.contain('First-year ROI122%').and.contain('Payback8 wks');
    expect(hero).to.contain('First year: $5,000 setup + 12 × $1,500 a month = $23,000');
    const details = q<HTMLDetailsElement>(el, 'details');
    expect(details.open).to.equal(false);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('3-month minimum term ($9,500): 437% ROI').and.contain('A consultant ($175/h)$210,210');
    expect(el.shadowRoot!.querySelectorAll('.tasks li')).to.have.length(6);
    expect(q(el, '.tasks li').textContent).to.contain('Customer communication').and.contain('$196/wk');
    expect(q(el, '.save').textContent).to.equal('88% less than the cheaper alternative');
    // The email capture comes right after the figures, before the breakdown.
    expect(el.shadowRoot!.querySelector('.hero + div > form')).to.not.equal(null);
  });

  it('adds no landmark of its own: the estimate is a labelled group, not an <aside>', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('aside')).to.equal(null);
    expect(q(el, '.est').getAttribute('role')).to.equal('group');
    expect(q(el, '#sum-h').textContent).to.equal('Your estimate');
  });

  it('has no currency attribute: amounts are USD in both languages, es-US grouping', async () => {
    const el = await mount(html`<kre8-roi-calculator api-base="/api" locale="es" currency="EUR"></kre8-roi-calculator>`);
    expect(q(el, '.est').textContent).to.contain('$51,049').and.not.contain('€');
  });

  it('writes sessionStorage once the visitor pauses, not on every slider step', async () => {
    const el = await mount();
    const writes: string[] = [];
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k: string, v: string) {
      if (k === KEY) writes.push(v);
      return original.call(this, k, v);
    };
    try {
      const slider = input(el, '#rate');
      for (const v of [40, 45, 50, 55, 60, 65, 70]) {
        slider.value = String(v);
        slider.dispatchEvent(new Event('input'));
        await el.updateComplete;
      }
      expect(writes).to.have.length(0); // seven renders, no write yet (the wait is 500 ms)
      el.remove(); // leaving the page flushes the pending write at once
      expect(writes).to.have.length(1);
      expect(JSON.parse(writes[0]).inputs.hourlyLaborCost).to.equal(70);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('after sending offers "Book your strategy call", which opens the page’s <kre8-booking> with the email', async () => {
    api();
    const opened: object[] = [];
    const booking = document.createElement('kre8-booking') as HTMLElement & { open(o: object): void };
    booking.open = (o) => void opened.push(o);
    document.body.append(booking);
    try {
      const el = await mount();
      const books: unknown[] = [];
      el.addEventListener('kre8-roi-calculator-book', (e) => books.push((e as CustomEvent).detail));
      await toResults(el);
      typeInto(el, '#name', 'Grace Hopper');
      await submit(el, 'grace@example.com');
      await waitUntil(() => el.shadowRoot!.querySelector('.sent button'), 'no booking button');
      q(el, '.sent button').click();
      expect(books).to.deep.equal([{ email: 'grace@example.com', name: 'Grace Hopper' }]);
      expect(opened).to.have.length(1);
      expect(opened[0]).to.include({ type: 'consultation', email: 'grace@example.com', name: 'Grace Hopper' });
    } finally {
      booking.remove();
    }
  });

  it('takes the dark token set with color-scheme="dark" (the host opts in)', async () => {
    const el = await mount(html`<kre8-roi-calculator api-base="/api" color-scheme="dark"></kre8-roi-calculator>`);
    expect(getComputedStyle(q(el, '.wizard')).backgroundColor).to.equal('rgb(23, 23, 28)');
    el.removeAttribute('color-scheme');
    expect(getComputedStyle(q(el, '.wizard')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('passes the a11y audit on every step and after sending', async () => {
    api();
    const el = await mount();
    for (const s of [0, 1, 2, 3]) {
      await el.goToStep(s);
      await expect(el).to.be.accessible();
    }
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.sent'));
    await expect(el).to.be.accessible();
  });
});
