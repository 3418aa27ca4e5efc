import { describe, expect, it } from 'vitest';
import { CLASH_KINDS, type Clash } from '../../../shared/contract/schedule';
import { formatTimeRange } from '../../../shared/dates';
import { clashSentence } from '../../../renderer/features/schedule/clashSentence';
import { catalogT } from './catalog-t';

const ZONE = 'America/Toronto';
const clash = (overrides: Partial<Clash>): Clash => ({
  kind: 'residentDoubleBooked',
  severity: 'block',
  subject: { type: 'resident', id: 'r1', name: 'Anna Roy' },
  other: null,
  reason: null,
  requirement: null,
  limit: null,
  count: null,
  ...overrides,
});

describe('clash sentences name who clashes and with what', () => {
  it('names the other booking with its time on the centre clock', async () => {
    const t = await catalogT('en');
    const other = { occurrenceId: 'o2', title: 'Yoga', startsAt: '2026-12-07T19:00:00.000Z', endsAt: '2026-12-07T20:00:00.000Z' };
    const range = (start: string, end: string) => formatTimeRange(start, end, ZONE, 'en');
    expect(clashSentence(t, clash({ other }), range)).toBe('Anna Roy is already booked in Yoga (Mon Dec 7, 2026 2:00 PM – 3:00 PM).');
  });

  it('says an absence by its kind and a lame horse by its reason, in French too', async () => {
    const fr = await catalogT('fr');
    const range = (start: string, end: string) => formatTimeRange(start, end, ZONE, 'fr');
    const absent = clash({ kind: 'facilitatorAbsent', subject: { type: 'staff', id: 's1', name: 'Marc Gagnon' }, reason: 'holiday' });
    expect(clashSentence(fr, absent, range)).toBe('Marc Gagnon est absent·e ce jour-là (vacances).');
    const lame = clash({ kind: 'resourceOutOfService', subject: { type: 'resource', id: 'h1', name: 'Biscuit' }, reason: 'Lame until Dec 12' });
    const en = await catalogT('en');
    expect(clashSentence(en, lame, range)).toBe('Biscuit is out of service: Lame until Dec 12.');
    const waiver = clash({ kind: 'requirementNotMet', requirement: 'equineWaiver' });
    expect(clashSentence(en, waiver, range)).toBe('Anna Roy has no signed equine waiver on record.');
  });

  it('has a sentence in both languages for every kind the core can answer', async () => {
    for (const language of ['en', 'fr'] as const) {
      const t = await catalogT(language);
      for (const kind of CLASH_KINDS) {
        const sentence = clashSentence(t, clash({ kind, limit: 2, count: 3 }), () => '');
        expect(sentence, `${language} ${kind}`).not.toContain('schedule.clashes');
        expect(sentence.length, `${language} ${kind}`).toBeGreaterThan(10);
      }
    }
  });
});
