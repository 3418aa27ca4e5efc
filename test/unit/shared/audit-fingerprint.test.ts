import { expect, test } from 'vitest';
import { fingerprintOf, fingerprintText } from '../../../shared/audit-fingerprint';

test('a fingerprint is the first 16 hex digits of the hash, upper case, in four groups', () => {
  expect(fingerprintOf('3f2a91c07b440e1d' + 'ab'.repeat(24))).toBe('3F2A-91C0-7B44-0E1D');
});

test('a fingerprint copied back from paper is accepted in any case, with dashes, spaces or neither', () => {
  for (const typed of ['3F2A-91C0-7B44-0E1D', '3f2a 91c0 7b44 0e1d', '3f2a91c07b440e1d', ' 3F2A-91C0 7B44-0E1D ']) {
    expect(fingerprintText.parse(typed)).toBe('3F2A-91C0-7B44-0E1D');
  }
});

test('anything else is refused with the fingerprint message', () => {
  for (const typed of ['', '3F2A-91C0-7B44', '3F2A-91C0-7B44-0E1DX', 'GGGG-91C0-7B44-0E1D', 'x'.repeat(100)]) {
    const parsed = fingerprintText.safeParse(typed);
    expect(parsed.success, typed).toBe(false);
  }
  expect(fingerprintText.safeParse('nope').error?.issues[0].message).toBe('validation.fingerprint');
});
