import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { hasControlCharacters, list, optionalNote, requiredName, text } from '../../../shared/schemas/common';

const messagesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe('text fields', () => {
  // zod 4 runs `.min()`/`.max()` on anything with a `length`, after the type check failed: these threw.
  test.each([[{ length: [{ toString: 1 }] }], [{ length: { toString: 1, valueOf: 1 } }], [{ toString: 1, valueOf: 1 }], [[{ toString: 1 }]], [{ length: 1e9 }]])(
    'refuse %j as "required" instead of throwing',
    (value) => {
      expect(() => text({ min: 1, max: 10 }).safeParse(value)).not.toThrow();
      expect(messagesOf(text({ min: 1, max: 10 }), value)).toEqual(['validation.required']);
      const roles = list(z.enum(['a', 'b'], { message: 'validation.choose' }), { min: 1, max: 3, message: 'validation.rolesRequired' });
      expect(messagesOf(roles, value)).toEqual([Array.isArray(value) ? 'validation.choose' : 'validation.rolesRequired']);
    },
  );

  test('still say what is wrong with real text: empty, too long', () => {
    expect(messagesOf(requiredName, '   ')).toEqual(['validation.required']);
    expect(messagesOf(requiredName, 'x'.repeat(101))).toEqual(['validation.tooLong']);
    expect(requiredName.parse('  Zoë  ')).toBe('Zoë');
  });

  test('refuse control and invisible characters inside a name, with their own message', () => {
    for (const character of ['\u0000', '\u0007', '\t', '\n', '\u007F', '\u0085', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u2028', '\uD800']) {
      expect(messagesOf(requiredName, `Ad${character}a`), JSON.stringify(character)).toEqual(['validation.controlCharacters']);
    }
  });

  test('keep accents, apostrophes, hyphens, spaces, combining marks and the joiners Persian and Indic names need', () => {
    for (const name of ['Zoë', 'O’Brien', "D'Arcy", 'Jean-Luc', 'Anne Marie', 'Nguyễn', 'Jose\u0301', 'محمد', 'می\u200Cخواهم', 'क्\u200Dष', '👩‍👩‍👧']) {
      expect(messagesOf(requiredName, name), name).toEqual([]);
    }
  });

  test('let a note keep its line breaks and tabs, and nothing else of C0', () => {
    expect(optionalNote().parse('first line\r\nsecond\tline')).toBe('first line\r\nsecond\tline');
    expect(messagesOf(optionalNote(), 'a\u000Bb')).toEqual(['validation.controlCharacters']);
    expect(hasControlCharacters('a\nb', 'multi')).toBe(false);
    expect(hasControlCharacters('a\nb', 'single')).toBe(true);
  });
});
