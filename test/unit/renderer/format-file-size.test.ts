import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../renderer/app/format';

describe('formatFileSize', () => {
  it('picks a unit and one decimal at most, in the person’s language', () => {
    expect(formatFileSize(4096, 'en')).toBe('4.1 kB');
    expect(formatFileSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1_234_567, 'fr')).toMatch(/^1,2\s?Mo$/);
    expect(formatFileSize(3_000_000_000, 'en')).toBe('3 GB');
  });
});
