/**
 * Screenshots of the widgets and the inspector for the docs, taken from the running local stack:
 *
 *   npm start                                   # in another terminal
 *   node --import tsx scripts/screenshots.ts [baseUrl] [--only=roi,voice,demo]   # default http://localhost:8787
 *
 * `--only` takes the shots whose file name starts with one of the prefixes (each owner refreshes their own).
 * Element screenshots (not full pages) at a 1200px-wide viewport, written to docs/screenshots/. Uses Debian's
 * Chromium through playwright-core (nothing is downloaded); CHROME_PATH overrides the binary.
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Locator, type Page } from 'playwright-core';

const args = process.argv.slice(2);
const base = (args.find((a) => !a.startsWith('--')) ?? 'http://localhost:8787').replace(/\/+$/, '');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
/** Whether `file` is among the shots asked for. */
const wanted = (file: string) => !only || only.some((prefix) => file.startsWith(prefix));
const outDir = new URL('../docs/screenshots/', import.meta.url);
const TIMEOUT = 15_000;

/** One shot: a name, and how to bring the page to the state worth showing; returns the element to capture. */
interface Shot {
  file: string;
  take(page: Page): Promise<Locator>;
}

/**
 * Takes the page's fixed and sticky chrome out of element shots (a tall element is captured by scrolling, and the
 * sticky header and floating buttons would land on top of it). CSSOM, so the page's strict CSP allows it.
 */
async function hideChrome(page: Page, keep: '.designer' | 'kre8-voice-agent' | null = null) {
  await page.evaluate((kept) => {
    for (const el of document.querySelectorAll<HTMLElement>('.site-header, .designer, kre8-voice-agent')) {
      if (kept && el.matches(kept)) continue;
      if (el.matches('.site-header')) el.style.position = 'static';
      else el.style.display = 'none';
    }
  }, keep);
}

const roi = (page: Page) => page.locator('#roi-calculator kre8-roi-calculator');

/** Clicks the calculator's primary button (Next, then See results) until the results step shows. */
async function roiToResults(page: Page) {
  const calc = roi(page);
  for (let step = 0; step < 3; step++) {
    await calc.locator('[part~="primary-button"]').first().click();
  }
  await calc.locator('[part~="email-form"]').first().waitFor({ timeout: TIMEOUT });
}

/** The inline booking with a day picked, so the slot list shows; moves to next month if this one is full. */
async function bookingWithSlots(page: Page) {
  const booking = page.locator('#get-started kre8-booking');
  await booking.scrollIntoViewIfNeeded();
  const openDay = booking.locator('td[part~="day"].open').first();
  try {
    await openDay.waitFor({ timeout: TIMEOUT / 2 });
  } catch {
    await booking.locator('button.next').click();
    await openDay.waitFor({ timeout: TIMEOUT });
  }
  await openDay.click();
  await booking.locator('button[part~="slot"]').first().waitFor({ timeout: TIMEOUT });
  return booking;
}

/** Sends a message in the open voice panel and waits for the assistant's answer. */
async function say(page: Page, text: string) {
  const agent = page.locator('kre8-voice-agent');
  const replies = agent.locator('[part~="assistant-message"]');
  const before = await replies.count();
  await agent.locator('[part~="input"]').fill(text);
  await agent.locator('[part~="send-button"]').click();
  await page.waitForFunction(
    (n) => {
      const host = document.querySelector('kre8-voice-agent');
      const panel = host?.shadowRoot?.querySelector('kre8-voice-agent-panel');
      return (panel?.shadowRoot?.querySelectorAll('[part~="assistant-message"]').length ?? 0) > n;
    },
    before,
    { timeout: TIMEOUT },
  );
}

const shots: Shot[] = [
  {
    file: 'roi-calculator-step1.png',
    async take(page) {
      const calc = roi(page);
      await calc.locator('[part~="step"]').first().waitFor({ timeout: TIMEOUT });
      await hideChrome(page);
      return calc;
    },
  },
  {
    file: 'roi-calculator-results.png',
    async take(page) {
      await roiToResults(page);
      await hideChrome(page);
      return roi(page);
    },
  },
  {
    file: 'booking-slots.png',
    async take(page) {
      const booking = await bookingWithSlots(page);
      await hideChrome(page);
      return booking;
    },
  },
  {
    file: 'voice-agent.png',
    async take(page) {
      const agent = page.locator('kre8-voice-agent');
      await hideChrome(page, 'kre8-voice-agent');
      await agent.locator('[part~="launcher"]').click();
      await agent.locator('[part~="input"]').waitFor({ timeout: TIMEOUT });
      // Questions that answer in the panel (no page action, which would close it to hand over).
      await say(page, 'Hi! What do your plans cost?');
      await say(page, 'Do you work with plumbing companies?');
      return agent.locator('[part~="panel"]');
    },
  },
  {
    file: 'designer-toolbar.png',
    async take(page) {
      await hideChrome(page, '.designer');
      await page.locator('#designer-toggle').click();
      await page.locator('[data-preset="teal"]').click();
      return page.locator('#designer-panel');
    },
  },
  {
    file: 'inspector.png',
    async take(page) {
      await page.goto(`${base}/inspector#leads`);
      await page.locator('#updated').filter({ hasText: 'Updated' }).waitFor({ timeout: TIMEOUT });
      return page.locator('main');
    },
  },
];

/**
 * The booking widget at desktop and phone size, EN and ES, light and dark (the demo's Dark preset, which themes
 * the widgets through their tokens): booking-<desktop|phone>-<en|es>-<light|dark>.png, with a day picked.
 */
async function bookingMatrix(browser: import('playwright-core').Browser): Promise<number> {
  let failed = 0;
  const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const lang of ['en', 'es']) {
      for (const scheme of ['light', 'dark'] as const) {
        const file = `booking-${size}-${lang}-${scheme}.png`;
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang === 'es' ? 'es-US' : 'en-US', timezoneId: 'America/Los_Angeles', reducedMotion: 'reduce', colorScheme: scheme });
        const page = await context.newPage();
        try {
          await page.goto(`${base}/?lang=${lang}`);
          if (scheme === 'dark') {
            await page.locator('#designer-toggle').click();
            await page.locator('[data-preset="dark"]').click();
            await page.locator('#designer-toggle').click();
          }
          const booking = await bookingWithSlots(page);
          await hideChrome(page);
          await booking.screenshot({ path: new URL(file, outDir).pathname, animations: 'disabled' });
          console.log(`✓ docs/screenshots/${file}`);
        } catch (e) {
          failed++;
          console.error(`✗ ${file}: ${(e as Error).message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
      }
    }
  }
  return failed;
}

/**
 * Two more booking states at phone size: the form with "Add details (optional)" opened (EN, light), and the
 * on-site assessment with its "Only 8 AM to 8 PM" filter for a visitor in London (ES, dark).
 */
async function bookingStates(browser: import('playwright-core').Browser): Promise<number> {
  let failed = 0;
  const states = [
    { file: 'booking-details-phone-en-light.png', lang: 'en', scheme: 'light' as const, zone: 'America/Los_Angeles', assessment: false },
    { file: 'booking-assessment-phone-es-dark.png', lang: 'es', scheme: 'dark' as const, zone: 'Europe/London', assessment: true },
  ];
  for (const st of states) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: st.lang === 'es' ? 'es-US' : 'en-US', timezoneId: st.zone, reducedMotion: 'reduce', colorScheme: st.scheme });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/?lang=${st.lang}`);
      if (st.scheme === 'dark') {
        await page.locator('#designer-toggle').click();
        await page.locator('[data-preset="dark"]').click();
        await page.locator('#designer-toggle').click();
      }
      const booking = page.locator('#get-started kre8-booking');
      await booking.scrollIntoViewIfNeeded();
      if (st.assessment) {
        // The demo's business hours (in Los Angeles) end at 01:00 in London: of each day's three-hour visits
        // only the 17:00 start ends by 20:00 there.
        await booking.locator('input[value="assessment"]').click();
        await booking.locator('table[aria-busy="false"]').waitFor({ timeout: TIMEOUT });
        await bookingWithSlots(page);
      } else {
        await bookingWithSlots(page);
        await booking.locator('button[part~="slot"]').first().click();
        await booking.locator('summary').click();
      }
      await hideChrome(page);
      // Taller than the phone, so a widget shorter than the viewport is not cut at the fold mid-render.
      await page.setViewportSize({ width: 390, height: 1400 });
      await booking.screenshot({ path: new URL(st.file, outDir).pathname, animations: 'disabled' });
      console.log(`✓ docs/screenshots/${st.file}`);
    } catch (e) {
      failed++;
      console.error(`✗ ${st.file}: ${(e as Error).message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  return failed;
}

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/**
 * The ROI calculator, the voice panel and the demo page at desktop and phone size, EN and ES:
 * roi-<size>-<lang>-<step1|results|success>.png (step 1 and success: the widget; results: the screen as the
 * visitor sees it when they appear, figures and email capture above the fold), voice-<size>-<lang>.png (the open
 * panel after a question, on the page) and demo-<size>-<lang>.png (the page's first screen).
 */
async function roiVoiceDemoMatrix(browser: import('playwright-core').Browser): Promise<number> {
  let failed = 0;
  const shot = async (file: string, take: () => Promise<Locator | Page>) => {
    if (!wanted(file)) return;
    try {
      const target = await take();
      await target.screenshot({ path: new URL(file, outDir).pathname, animations: 'disabled' });
      console.log(`✓ docs/screenshots/${file}`);
    } catch (e) {
      failed++;
      console.error(`✗ ${file}: ${(e as Error).message.split('\n')[0]}`);
    }
  };
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const lang of ['en', 'es']) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: lang === 'es' ? 'es-US' : 'en-US', timezoneId: 'America/Chicago', reducedMotion: 'reduce' });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/?lang=${lang}`);
        await roi(page).locator('[part~="step"]').waitFor({ timeout: TIMEOUT });
        await shot(`demo-${size}-${lang}.png`, async () => page);
        await shot(`roi-${size}-${lang}-step1.png`, async () => {
          await hideChrome(page);
          return roi(page);
        });
        await page.reload();
        await roi(page).locator('[part~="step"]').waitFor({ timeout: TIMEOUT });
        await roi(page).scrollIntoViewIfNeeded();
        await roiToResults(page);
        // The results scroll into place (smoothly on the demo page): wait until the page stops moving.
        await page.waitForFunction(() => new Promise((ok) => { const y = scrollY; setTimeout(() => ok(scrollY === y), 300); }), undefined, { timeout: TIMEOUT });
        await shot(`roi-${size}-${lang}-results.png`, async () => page);
        await shot(`roi-${size}-${lang}-success.png`, async () => {
          const calc = roi(page);
          await calc.locator('#email').fill(`ana.${size}.${lang}@example.com`);
          await calc.locator('#name').fill('Ana López');
          await page.waitForTimeout(3000); // a person takes a moment: the server refuses a form filled too fast
          await calc.locator('form[part~="email-form"] [type="submit"]').click();
          await calc.locator('.sent').waitFor({ timeout: TIMEOUT });
          await hideChrome(page);
          return calc;
        });
        await shot(`voice-${size}-${lang}.png`, async () => {
          await page.reload();
          const agent = page.locator('kre8-voice-agent');
          await page.evaluate(() => scrollTo(0, 0));
          await agent.locator('[part~="launcher"]').click();
          await agent.locator('[part~="input"]').waitFor({ timeout: TIMEOUT });
          await say(page, lang === 'es' ? '¿Cuánto cuestan sus planes?' : 'What do your plans cost?');
          return page;
        });
      } finally {
        await context.close();
      }
    }
  }
  return failed;
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Fixed locale, zone and motion, so the pictures only change when the widgets do.
  const context = await browser.newContext({
    viewport: { width: 1200, height: 1400 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    reducedMotion: 'reduce',
  });
  let failed = 0;
  try {
    if (!only || only.some((p) => p.startsWith('booking'))) {
      failed += await bookingMatrix(browser);
      failed += await bookingStates(browser);
    }
    failed += await roiVoiceDemoMatrix(browser);
    for (const shot of shots) {
      if (!wanted(shot.file)) continue;
      const page = await context.newPage();
      try {
        await page.goto(`${base}/?lang=en`);
        const target = await shot.take(page);
        await target.screenshot({ path: new URL(shot.file, outDir).pathname, animations: 'disabled' });
        console.log(`✓ docs/screenshots/${shot.file}`);
      } catch (e) {
        failed++;
        console.error(`✗ ${shot.file}: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  if (failed) {
    console.error(`${failed} screenshot(s) failed. Is the stack running at ${base} (npm start)?`);
    process.exitCode = 1;
  }
}

await main();
