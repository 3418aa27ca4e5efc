import { describe, expect, it } from 'vitest';
import { matchPath } from '../../../renderer/app/router';

describe('matchPath', () => {
  it('decodes parameters', () => {
    expect(matchPath('/residents/:id', '/residents/a%20b')).toEqual({ id: 'a b' });
  });

  it('treats a malformed escape as no match instead of throwing', () => {
    expect(matchPath('/residents/:id', '/residents/%E0')).toBeNull();
  });
});
