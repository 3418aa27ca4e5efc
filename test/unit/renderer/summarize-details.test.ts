import { describe, expect, it } from 'vitest';
import { catalogT } from './catalog-t';
import { summarizeDetails } from '../../../renderer/features/audit/summarizeDetails';

describe('summarizeDetails', () => {
  it('shows "—" for empty details (e.g. withheld from people who may not read residents)', async () => {
    const t = await catalogT('en');
    expect(summarizeDetails(t, {})).toBe('—');
  });

  it('translates known field names and coded values', async () => {
    const t = await catalogT('en');
    expect(summarizeDetails(t, { changes: { emergencyContactPhone: ['555-0100', '555-0199'], program: ['residential', 'outpatient'] } })).toBe(
      'Emergency contact phone: 555-0100 → 555-0199; Program: Residential → Outpatient',
    );
    expect(summarizeDetails(t, { cause: 'idle' })).toBe('Cause: after inactivity');
    expect(summarizeDetails(t, { changes: { roles: [['counsellor'], ['counsellor', 'manager']], active: [true, false] } })).toBe(
      'Roles: Counsellor → Counsellor, Manager; Active: Yes → No',
    );
    expect(summarizeDetails(t, { event: 'discharged', changes: { dischargeReason: [null, 'transferred'] } })).toBe('Event: Discharged; Discharge reason: ∅ → Transferred');
  });

  it('names the kind and file of a backup copy', async () => {
    const en = await catalogT('en');
    expect(summarizeDetails(en, { kind: 'manual', fileName: 'hearth-manual-2026-11-23T15-00-00-000Z.sqlite' })).toBe(
      'Kind: Manual; File: hearth-manual-2026-11-23T15-00-00-000Z.sqlite',
    );
    const fr = await catalogT('fr');
    expect(summarizeDetails(fr, { kind: 'beforeUpgrade' })).toBe('Type: Avant une mise à jour');
  });

  it('says it in French', async () => {
    const t = await catalogT('fr');
    expect(summarizeDetails(t, { changes: { status: ['admitted', 'discharged'] }, cause: 'manual' })).toBe('Statut: Admis → Congé donné; Cause: par la personne');
  });

  it('keeps unknown fields, free text and unknown codes as stored', async () => {
    const t = await catalogT('en');
    expect(summarizeDetails(t, { somethingNew: 'x', reason: 'Fire alarm, checking allergies.', changes: { status: ['admitted', 'paused'] } })).toBe(
      'somethingNew: x; Reason: Fire alarm, checking allergies.; Status: Admitted → paused',
    );
  });
});
