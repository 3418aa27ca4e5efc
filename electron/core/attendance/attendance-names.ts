import type { ResidentEntity } from '../residents/resident.entity';
import type { StaffMemberEntity } from '../staff/staff-member.entity';

/** How a sheet and a report name a resident: "Tremblay, Éloïse" (or the preferred name when given). */
export function residentSheetName(resident: Pick<ResidentEntity, 'firstName' | 'lastName' | 'preferredName'>): string {
  return `${resident.lastName}, ${resident.preferredName ?? resident.firstName}`;
}

export function staffName(staff: Pick<StaffMemberEntity, 'firstName' | 'lastName'>): string {
  return `${staff.firstName} ${staff.lastName}`;
}

/** Sheets and reports list people by name, the same way in every language. */
export const byLabel = <T extends { label: string }>(a: T, b: T) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
