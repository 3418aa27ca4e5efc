import { describe, expect, test } from 'vitest';
import type { RegisterName } from '../../../shared/contract/notes';
import { otherResidentsNamed } from '../../../shared/notes/name-warning';

const register: RegisterName[] = [
  { residentId: 'eloise', firstName: 'Éloïse', lastName: 'Tremblay', preferredName: null },
  { residentId: 'bruno', firstName: 'Bruno', lastName: 'Gagnon', preferredName: 'Bru' },
  { residentId: 'marie', firstName: 'Marie-Ève', lastName: 'Côté', preferredName: 'Mimi' },
  { residentId: 'rose', firstName: 'Rose', lastName: 'Lavoie', preferredName: null },
  { residentId: 'al', firstName: 'Al', lastName: 'Ng', preferredName: null },
  { residentId: 'marie2', firstName: 'Marie', lastName: 'Dubois', preferredName: null },
];
const named = (line: string, own = 'bruno') => otherResidentsNamed(line, own, register).map((warning) => warning.residentId);

describe('the name warning in a participant’s line', () => {
  test('warns when the line names another resident, with or without accents', () => {
    expect(named('Sat next to Éloïse at lunch')).toEqual(['eloise']);
    expect(named('Sat next to Eloise at lunch')).toEqual(['eloise']);
    expect(named('argued with tremblay')).toEqual(['eloise']);
    expect(named('Talked with COTE about the farm')).toEqual(['marie']);
  });

  test('warns on a preferred name', () => {
    expect(named('Mimi helped him with the horses')).toEqual(['marie']);
  });

  test('stays silent on the participant’s own names, even when another resident shares one', () => {
    expect(named('Bruno said he felt better; Bru laughed', 'bruno')).toEqual([]);
    expect(named('Marie spoke first', 'marie2')).toEqual([]);
    expect(named('Gagnon family visit planned')).toEqual([]);
  });

  test('stays silent on names under three letters and on everyday words written in lower case', () => {
    expect(named('Al was not there; I am ok')).toEqual([]);
    expect(named('a rose by the stable')).toEqual([]);
    expect(named('Rose stayed after the group')).toEqual(['rose']);
  });

  test('matches whole words only, and names each other resident once', () => {
    expect(named('Brunoise cut vegetables')).toEqual([]);
    expect(named('Éloïse and Eloise and Tremblay')).toEqual(['eloise']);
    expect(otherResidentsNamed('Mimi and Éloïse', 'bruno', register)).toEqual([
      { residentId: 'marie', name: 'Marie-Ève (Mimi) Côté', word: 'Mimi' },
      { residentId: 'eloise', name: 'Éloïse Tremblay', word: 'Éloïse' },
    ]);
  });
});
