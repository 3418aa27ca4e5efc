import type { ResidentDetail, ResidentStatusEvent, ResidentSummary } from '../../../shared/contract/residents';
import type { ResidentStatusEventEntity } from './resident-status-event.entity';
import type { ResidentEntity } from './resident.entity';

export function toResidentSummary(r: ResidentEntity): ResidentSummary {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    preferredName: r.preferredName,
    dateOfBirth: r.dateOfBirth,
    program: r.program,
    status: r.status,
    admissionDate: r.admissionDate,
    dischargeDate: r.dischargeDate,
    house: r.house,
    room: r.room,
  };
}

export function toStatusEvent(e: ResidentStatusEventEntity, recordedByName: string | null): ResidentStatusEvent {
  return {
    id: e.id,
    kind: e.kind,
    effectiveDate: e.effectiveDate,
    program: e.program,
    dischargeReason: e.dischargeReason,
    note: e.note,
    recordedAt: e.recordedAt,
    recordedByName,
  };
}

export function toResidentDetail(r: ResidentEntity, history: ResidentStatusEvent[]): ResidentDetail {
  return {
    ...toResidentSummary(r),
    pronouns: r.pronouns,
    language: r.language,
    emergencyContactName: r.emergencyContactName,
    emergencyContactRelationship: r.emergencyContactRelationship,
    emergencyContactPhone: r.emergencyContactPhone,
    emergencyContactEmail: r.emergencyContactEmail,
    equineWaiverSignedOn: r.equineWaiverSignedOn,
    photoConsent: r.photoConsent,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    history,
  };
}

/** The fields an edit may change, in the order the audit trail lists them. */
export const EDITABLE_RESIDENT_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'program',
  'language',
  'house',
  'room',
  'emergencyContactName',
  'emergencyContactRelationship',
  'emergencyContactPhone',
  'emergencyContactEmail',
  'equineWaiverSignedOn',
  'photoConsent',
] as const satisfies ReadonlyArray<keyof ResidentEntity>;
