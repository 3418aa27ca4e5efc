import { z } from 'zod';
import { defineOperation } from './define';
import { pageLimit, pageOffset, type Page } from './paging';
import { expectedVersion, isoDate, optionalEmail, optionalIsoDate, optionalPhone, optionalNote, optionalText, recordId, requiredName, searchText, sortDirection, text, MAX_LONG_TEXT } from '../schemas/common';

// ---- Vocabulary -------------------------------------------------------------------------------

export const RESIDENT_STATUSES = ['admitted', 'discharged'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];

export const PROGRAMS = ['residential', 'outpatient'] as const;
export type Program = (typeof PROGRAMS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DISCHARGE_REASONS = ['program_completed', 'left_against_advice', 'transferred', 'other'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

/** One row of a resident's status history; rows are appended, never edited. */
export const STATUS_EVENT_KINDS = ['admitted', 'discharged', 'readmitted', 'programChanged'] as const;
export type StatusEventKind = (typeof STATUS_EVENT_KINDS)[number];

// ---- Inputs -----------------------------------------------------------------------------------

/** The fields staff can edit after admission (everything but status and its dates). */
const residentDetailsShape = {
  firstName: requiredName,
  lastName: requiredName,
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  dateOfBirth: isoDate,
  program: z.enum(PROGRAMS, { message: 'validation.choose' }),
  language: z.enum(LANGUAGES, { message: 'validation.choose' }),
  house: optionalText(60),
  room: optionalText(20),
  emergencyContactName: optionalText(100),
  emergencyContactRelationship: optionalText(60),
  emergencyContactPhone: optionalPhone,
  emergencyContactEmail: optionalEmail,
  equineWaiverSignedOn: optionalIsoDate,
  photoConsent: z.boolean({ message: 'validation.choose' }),
};

export const residentDetailsInput = z.strictObject(residentDetailsShape);
export type ResidentDetailsInput = z.input<typeof residentDetailsInput>;

export const admitResidentInput = z
  .strictObject({
    ...residentDetailsShape,
    admissionDate: isoDate,
    /** Set after the person confirmed that a same-name, same-birth-date record is someone else. */
    confirmNotDuplicate: z.boolean().default(false),
  })
  .refine((v) => v.dateOfBirth <= v.admissionDate, { path: ['dateOfBirth'], message: 'validation.birthAfterAdmission' });
export type AdmitResidentInput = z.input<typeof admitResidentInput>;

export const updateResidentInput = z.strictObject({ id: recordId, expectedVersion, ...residentDetailsShape });
export type UpdateResidentInput = z.input<typeof updateResidentInput>;

export const dischargeResidentInput = z
  .strictObject({
    id: recordId,
    expectedVersion,
    dischargeDate: isoDate,
    reason: z.enum(DISCHARGE_REASONS, { message: 'validation.choose' }),
    note: optionalNote(MAX_LONG_TEXT),
  })
  .refine((v) => v.reason !== 'other' || (v.note ?? '').trim() !== '', { path: ['note'], message: 'validation.reasonNoteRequired' });
export type DischargeResidentInput = z.input<typeof dischargeResidentInput>;

export const readmitResidentInput = z.strictObject({
  id: recordId,
  expectedVersion,
  admissionDate: isoDate,
  program: z.enum(PROGRAMS, { message: 'validation.choose' }),
  note: optionalNote(MAX_LONG_TEXT),
});
export type ReadmitResidentInput = z.input<typeof readmitResidentInput>;

export const RESIDENT_SORT_KEYS = ['name', 'admissionDate', 'dateOfBirth', 'status'] as const;
export type ResidentSortKey = (typeof RESIDENT_SORT_KEYS)[number];

/** One page of the register: a screen shows 50 rows; nobody reads more than 500 at once. */
export const RESIDENTS_PAGE_DEFAULT = 50;
export const RESIDENTS_PAGE_MAX = 500;

export const listResidentsInput = z.strictObject({
  search: searchText.default(''),
  status: z.enum([...RESIDENT_STATUSES, 'all']).default('all'),
  program: z.enum([...PROGRAMS, 'all']).default('all'),
  sort: z.enum(RESIDENT_SORT_KEYS).default('name'),
  direction: sortDirection.default('asc'),
  limit: pageLimit(RESIDENTS_PAGE_MAX, RESIDENTS_PAGE_DEFAULT),
  offset: pageOffset,
});
export type ListResidentsInput = z.input<typeof listResidentsInput>;

/**
 * Opening a resident's record. `openingId` names one opening by a person (a UUID the screen makes
 * once and keeps): the opening is audited once however often the screen asks again (re-renders,
 * React StrictMode's double effects, a retry) from the same window.
 */
export const getResidentInput = z.strictObject({ id: recordId, openingId: z.uuid({ message: 'validation.id' }) });

export const findDuplicateResidentsInput = z.strictObject({
  firstName: requiredName,
  lastName: requiredName,
  dateOfBirth: isoDate,
});

// ---- Outputs (plain DTOs; entities never leave the core) ---------------------------------------

export interface ResidentSummary {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  program: Program;
  status: ResidentStatus;
  admissionDate: string;
  dischargeDate: string | null;
  house: string | null;
  room: string | null;
}

export interface ResidentStatusEvent {
  id: string;
  kind: StatusEventKind;
  effectiveDate: string;
  program: Program;
  dischargeReason: DischargeReason | null;
  note: string | null;
  /** UTC instant, ISO 8601. */
  recordedAt: string;
  recordedByName: string | null;
}

export interface ResidentDetail extends ResidentSummary {
  pronouns: string | null;
  language: Language;
  emergencyContactName: string | null;
  emergencyContactRelationship: string | null;
  emergencyContactPhone: string | null;
  emergencyContactEmail: string | null;
  equineWaiverSignedOn: string | null;
  photoConsent: boolean;
  createdAt: string;
  updatedAt: string;
  /** Raised by one on every change; edits, discharges and readmissions send it back as `expectedVersion`. */
  version: number;
  /** Oldest first. */
  history: ResidentStatusEvent[];
}

// ---- Operations -------------------------------------------------------------------------------

export const residentsContract = {
  /** Search and filter the register: one page (`limit` from `offset`) and the count for the same filters; ties sorted by id. */
  'residents.list': defineOperation<Page<ResidentSummary>>()({ input: listResidentsInput, access: 'residents.read' }),
  /** One resident with their status history. */
  'residents.get': defineOperation<ResidentDetail>()({ input: getResidentInput, access: 'residents.read' }),
  /** Records with the same name and birth date, asked before admitting a possible second record. */
  'residents.findDuplicates': defineOperation<ResidentSummary[]>()({ input: findDuplicateResidentsInput, access: 'residents.write' }),
  /** A new resident; refused with `conflict` (details: the matches) if a same-name, same-birth-date record exists and it was not confirmed. */
  'residents.admit': defineOperation<ResidentDetail>()({ input: admitResidentInput, access: 'residents.write' }),
  /** Edit details; status and its dates change only through discharge and readmit. */
  'residents.update': defineOperation<ResidentDetail>()({ input: updateResidentInput, access: 'residents.write' }),
  /** Discharge and readmit are edits too: refused with `conflict` (problems.staleRecord) when `expectedVersion` is not the stored one. */
  'residents.discharge': defineOperation<ResidentDetail>()({ input: dischargeResidentInput, access: 'residents.write' }),
  'residents.readmit': defineOperation<ResidentDetail>()({ input: readmitResidentInput, access: 'residents.write' }),
};

export const breakGlassResidentInput = z.strictObject({
  reason: text({ min: 10, max: MAX_LONG_TEXT, multiline: true, minMessage: 'validation.breakGlassReason' }),
  /** The person cannot browse the register, so they name the resident: part of a name and the exact birth date. */
  name: text({ max: 100 })
    // At least two letters once accents are set aside: a name of accents alone would match everyone.
    .refine((name) => name.normalize('NFD').replace(/[\p{Diacritic}\s]/gu, '').length >= 2, { message: 'validation.nameTooShort' }),
  dateOfBirth: isoDate,
});
export type BreakGlassResidentInput = z.input<typeof breakGlassResidentInput>;

/**
 * Emergency access for someone whose roles do not cover the register: every record returned is
 * recorded as a break-glass opening, with the reason, and listed for manager review.
 */
export const residentsBreakGlassContract = {
  'residents.openWithBreakGlass': defineOperation<ResidentDetail[]>()({ input: breakGlassResidentInput, access: 'records.breakGlass' }),
};
