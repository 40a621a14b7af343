import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { speakTimes, zoneName } from './speak-times.js';

/** Spanish is es-US (one number format, sentence case): times and zones as a US Spanish speaker says them. */
describe('speak-times in es-US', () => {
  it('a morning time is "9:00", not the padded "09:00" of a 24-hour es-US clock', () => {
    assert.equal(speakTimes(['2026-11-24T17:00:00Z', '2026-11-24T17:30:00Z'], 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a las 9:00 o 9:30 (hora del Pacífico)');
    assert.equal(speakTimes(['2026-11-24T09:00:00Z'], 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a la 1:00 (hora del Pacífico)');
  });

  it('zones by their es-US names', () => {
    assert.equal(zoneName('America/New_York', 'es', new Date('2026-11-24T17:00:00Z')), 'hora oriental');
  });

  it('no agent or voice module formats Spanish as es-ES', () => {
    for (const f of ['api/agent/speak-times.ts', 'api/agent/builtin.ts', 'api/flows/voice-booking.ts']) assert.doesNotMatch(readFileSync(f, 'utf8'), /'es-ES'/, f);
  });
});
