/**
 * Test-only: an msw model of the booking API. Business hours are 09:00 and 09:30 in Los Angeles on the 10th
 * and 12th of every month; each response is expressed in the timezone the widget asks for, as the real API
 * does, so the widget's conversions are checked against independent arithmetic.
 */
import { http, HttpResponse } from 'msw';
import type { AvailabilityResponse, BookingCreated, BookingRequest } from '../../model/contracts.js';
import { todayIn } from './time-format.js';

export const BUSINESS_TZ = 'America/Los_Angeles';
export const OPEN_DAYS = ['10', '12'];
const TIMES: [number, number][] = [[9, 0], [9, 30]];

/** The instant of wall-clock `hh:mm` on `date` in `tz`, as an ISO string. */
export function zonedInstant(date: string, hh: number, mm: number, tz: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(guess))
      .map((x) => [x.type, Number(x.value)]),
  );
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - guess;
  return new Date(guess - offset).toISOString();
}

/** The open slots of `month` (business days in LA) as seen from `tz`. */
export function availabilityFor(month: string, tz: string, taken: ReadonlySet<string>, horizonDays = 400): AvailabilityResponse {
  const bookableUntil = todayIn(tz, new Date(Date.now() + horizonDays * 86_400_000));
  const byDay = new Map<string, AvailabilityResponse['days'][number]['slots']>();
  for (const day of OPEN_DAYS) {
    for (const [h, m] of TIMES) {
      const start = zonedInstant(`${month}-${day}`, h, m, BUSINESS_TZ);
      const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
      const date = todayIn(tz, new Date(start));
      byDay.set(date, [...(byDay.get(date) ?? []), { start, end, available: !taken.has(start) }]);
    }
  }
  const days = [...byDay].filter(([date, slots]) => date <= bookableUntil && slots.some((s) => s.available)).map(([date, slots]) => ({ date, slots }));
  return { businessTimezone: BUSINESS_TZ, timezone: tz, bookableUntil, days };
}

export const MEETING_URL = 'https://meet.example.com/kre8-strategy';

export function createdFor(body: BookingRequest, id = 'bk_41'): BookingCreated {
  const end = new Date(Date.parse(body.start) + 30 * 60_000).toISOString();
  return {
    booking: { id, type: body.type, start: body.start, end, timezone: body.timezone, businessTimezone: BUSINESS_TZ, status: 'confirmed', name: body.name, email: body.email, location: body.type === 'assessment' ? body.address : MEETING_URL },
    calendar: {
      ics: 'data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR',
      google: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Strategy',
      outlook: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=Strategy',
    },
  };
}

export interface Logged {
  method: string;
  url: URL;
  body?: BookingRequest;
}

/** A fresh API: its handlers, the requests it received, and the slots someone else has booked. */
export function createMockApi(horizonDays = 400) {
  const log: Logged[] = [];
  const taken = new Set<string>();
  const handlers = [
    http.get('/api/booking/availability', ({ request }) => {
      const url = new URL(request.url);
      log.push({ method: 'GET', url });
      const month = url.searchParams.get('from')!.slice(0, 7);
      return HttpResponse.json(availabilityFor(month, url.searchParams.get('timezone')!, taken, horizonDays));
    }),
    http.post('/api/booking/create', async ({ request }) => {
      const body = (await request.json()) as BookingRequest;
      log.push({ method: 'POST', url: new URL(request.url), body });
      if (taken.has(body.start)) {
        return HttpResponse.json({ error: { code: 'slot_taken', message: 'Slot taken', requestId: 'r1' } }, { status: 409 });
      }
      taken.add(body.start);
      return HttpResponse.json(createdFor(body, `bk_${41 + log.filter((r) => r.body).length - 1}`), { status: 201 });
    }),
  ];
  const availabilityRequests = () => log.filter((r) => r.url.pathname.endsWith('/availability')).map((r) => r.url.searchParams);
  const posts = (path: string) => log.filter((r) => r.url.pathname.endsWith(path)).map((r) => r.body!);
  return { log, taken, handlers, availabilityRequests, posts };
}
