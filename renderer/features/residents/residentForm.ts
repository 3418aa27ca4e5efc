import type { Language, Program, ResidentDetail } from '../../../shared/contract/residents';

/**
 * What the admit and edit forms hold: text fields as strings ('' = not given, which the shared
 * schema turns into null), selects possibly still unchosen ('').
 */
export type ResidentDetailsValues = {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  program: Program | '';
  language: Language | '';
  house: string;
  room: string;
  emergencyContactName: string;
  emergencyContactRelationship: string;
  emergencyContactPhone: string;
  emergencyContactEmail: string;
  equineWaiverSignedOn: string;
  photoConsent: boolean;
};

export const EMPTY_RESIDENT_DETAILS: ResidentDetailsValues = {
  firstName: '',
  lastName: '',
  preferredName: '',
  pronouns: '',
  dateOfBirth: '',
  program: '',
  language: '',
  house: '',
  room: '',
  emergencyContactName: '',
  emergencyContactRelationship: '',
  emergencyContactPhone: '',
  emergencyContactEmail: '',
  equineWaiverSignedOn: '',
  photoConsent: false,
};

/** The edit form starts from the stored record (nulls shown as empty fields). */
export function detailsValuesOf(resident: ResidentDetail): ResidentDetailsValues {
  return {
    firstName: resident.firstName,
    lastName: resident.lastName,
    preferredName: resident.preferredName ?? '',
    pronouns: resident.pronouns ?? '',
    dateOfBirth: resident.dateOfBirth,
    program: resident.program,
    language: resident.language,
    house: resident.house ?? '',
    room: resident.room ?? '',
    emergencyContactName: resident.emergencyContactName ?? '',
    emergencyContactRelationship: resident.emergencyContactRelationship ?? '',
    emergencyContactPhone: resident.emergencyContactPhone ?? '',
    emergencyContactEmail: resident.emergencyContactEmail ?? '',
    equineWaiverSignedOn: resident.equineWaiverSignedOn ?? '',
    photoConsent: resident.photoConsent,
  };
}

/** After the shared schema accepted the values, the selects hold real choices. */
export function asChosen<V extends ResidentDetailsValues>(values: V): Omit<V, 'program' | 'language'> & { program: Program; language: Language } {
  return values as Omit<V, 'program' | 'language'> & { program: Program; language: Language };
}
