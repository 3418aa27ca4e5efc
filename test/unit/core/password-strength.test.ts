import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { judgePassword, MINIMUM_SCORE } from '../../../electron/core/auth/password-strength';

const MARIE = { firstName: 'Marie-Ève', lastName: "O'Brien Tremblay", username: 'metremblay' };

describe('judging a password', () => {
  test.each(['Marie-Ève Tremblay', 'marieevetremblay', 'Tremblay Marie 1990!', 'OBRIEN-obrien-42', 'metremblay2026', 'ÈVE ÈVE ÈVE ÈVE'])(
    'refuses %j: nothing but her own names and user name, however dressed up',
    (password) => {
      expect(judgePassword(password, MARIE)).toEqual({ score: 0, messageKeys: ['validation.weakPassword.userInputs', 'validation.passwordHint.anotherWord'] });
    },
  );

  test.each(['lantern orchard velvet', 'Marie likes quiet kayak mornings', 'staple paper clip 42', 'correct horse battery'])('accepts %j', (password) => {
    const judgement = judgePassword(password, MARIE);
    expect(judgement.messageKeys).toEqual([]);
    expect(judgement.score).toBeGreaterThanOrEqual(MINIMUM_SCORE);
  });

  test('never throws and always answers with our own keys, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (password, firstName, lastName) => {
        const judgement = judgePassword(password, { firstName, lastName, username: 'someone' });
        for (const key of judgement.messageKeys) expect(key).toMatch(/^validation\.(weakPassword|passwordHint)\.[a-zA-Z0-9]+$/);
        expect(judgement.messageKeys.length === 0).toBe(judgement.score >= MINIMUM_SCORE);
      }),
      { numRuns: 150 },
    );
  });
});
