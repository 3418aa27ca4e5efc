import { describe, expect, it } from 'vitest';
import { AUDIT_SEARCH_DEFAULTS, auditSearch, RESIDENT_LIST_SEARCH_DEFAULTS, residentListSearch, STAFF_LIST_SEARCH_DEFAULTS, staffListSearch } from '../../../renderer/app/routeSearch';

describe("the register's address", () => {
  it('opens the plain register when it carries no filter', () => {
    expect(residentListSearch.parse({})).toEqual(RESIDENT_LIST_SEARCH_DEFAULTS);
  });

  it('keeps the search, filters, sort and page it carries', () => {
    const search = { search: 'Zoé', status: 'discharged', program: 'outpatient', sort: 'admissionDate', direction: 'desc', offset: 100 };
    expect(residentListSearch.parse(search)).toEqual(search);
  });

  it('opens at the first page when the page in the address is not a place in a list', () => {
    for (const offset of [-50, 2.5, 'ten', null]) expect(residentListSearch.parse({ offset }).offset).toBe(0);
  });

  it('drops only the values that are wrong, keeping the others', () => {
    expect(residentListSearch.parse({ search: 42, status: 'sleeping', program: 'outpatient', sort: ['name'], direction: 'sideways' })).toEqual({
      ...RESIDENT_LIST_SEARCH_DEFAULTS,
      program: 'outpatient',
    });
  });
});

describe("the staff list's address", () => {
  it('opens the active staff when it carries nothing, and keeps a role and "show inactive"', () => {
    expect(staffListSearch.parse({})).toEqual(STAFF_LIST_SEARCH_DEFAULTS);
    expect(staffListSearch.parse({ search: 'lee', role: 'counsellor', includeInactive: true })).toEqual({ search: 'lee', role: 'counsellor', includeInactive: true });
  });

  it('falls back for an unknown role or a non-boolean switch', () => {
    expect(staffListSearch.parse({ role: 'king', includeInactive: 'yes' })).toEqual(STAFF_LIST_SEARCH_DEFAULTS);
  });
});

describe("the audit page's address", () => {
  it('opens the whole trail on its first tab when it carries nothing', () => {
    expect(auditSearch.parse({})).toEqual(AUDIT_SEARCH_DEFAULTS);
  });

  it('keeps the tab and real filters, and clears a malformed id, action or date', () => {
    const person = '0190a0b0-0000-7000-8000-000000000001';
    expect(auditSearch.parse({ tab: 'breakGlass', actorStaffId: person, action: 'record.open', from: '2026-02-01', to: '2026-02-31', residentId: 'nobody' })).toEqual({
      ...AUDIT_SEARCH_DEFAULTS,
      tab: 'breakGlass',
      actorStaffId: person,
      action: 'record.open',
      from: '2026-02-01',
    });
    expect(auditSearch.parse({ tab: 'secrets', action: 'database.drop' })).toEqual(AUDIT_SEARCH_DEFAULTS);
  });

  it('keeps the page of the trail, and opens the first page when the page is negative, fractional or not a number', () => {
    expect(auditSearch.parse({ offset: 400 })).toEqual({ ...AUDIT_SEARCH_DEFAULTS, offset: 400 });
    expect(auditSearch.parse({ offset: -200 }).offset).toBe(0);
    expect(auditSearch.parse({ offset: 2.5 }).offset).toBe(0);
    expect(auditSearch.parse({ offset: 'two' }).offset).toBe(0);
  });
});
