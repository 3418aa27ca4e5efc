import { describe, expect, it } from 'vitest';
import { catalogT } from './catalog-t';
import { isMessageKey, translateMessageKey } from '../../../renderer/i18n/messageKeys';

// Keys that arrive as data (the core's problems.* and validation.* keys, codes in audit details)
// cannot be checked by the compiler; they are checked against the catalogs when shown.

describe('translateMessageKey', () => {
  it("shows a message key the core sends in the person's language, with its values", async () => {
    const fr = await catalogT('fr');
    expect(translateMessageKey(fr, 'problems.throttled', 'Too many failed attempts.', { seconds: 30 })).toBe(
      'Trop de tentatives échouées. Attendez 30 secondes, puis réessayez.',
    );
  });

  it("falls back to the core's English sentence for a key this build does not know", async () => {
    const fr = await catalogT('fr');
    expect(translateMessageKey(fr, 'problems.somethingNewer', 'Something newer went wrong.')).toBe('Something newer went wrong.');
  });

  it('does not take a group of messages, or free text with dots, for a message', async () => {
    const en = await catalogT('en');
    expect(isMessageKey('residents.status')).toBe(false);
    expect(translateMessageKey(en, 'audit.values.reason.Smoke alarm. Needed the contact.', 'as written')).toBe('as written');
    expect(isMessageKey('residents.status.admitted')).toBe(true);
  });
});
