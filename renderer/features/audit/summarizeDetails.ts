import type { TFunction } from 'i18next';

// Audit details are free-form JSON ({ changes: { field: [old, new] } }, a reason, a user name...).
// The table shows them as one line of plain text. Field names and coded values the catalogs
// already know (resident fields, statuses, programs, roles, lock causes...) are shown in the
// person's language; anything else (names, dates, free text, a field added later) as stored.

/** Catalog keys of the field labels that already exist elsewhere in the app. */
const FIELD_LABELS: Record<string, string> = {
  firstName: 'common.firstName',
  lastName: 'common.lastName',
  email: 'staff.email',
  phone: 'staff.phone',
  roles: 'staff.rolesLabel',
  username: 'auth.username',
  staffId: 'accounts.staffMember',
  event: 'residents.history.kind',
  idleLockMinutes: 'settings.idleLockMinutes',
  timeZone: 'settings.timeZone',
};

/** Fields whose values are codes with a translation: the prefix under which each code is found. */
const VALUE_PREFIXES: Record<string, string> = {
  status: 'residents.status',
  program: 'residents.program',
  language: 'residents.language',
  dischargeReason: 'residents.dischargeReason',
  reason: 'residents.dischargeReason', // a break-glass reason is free text and simply has no entry
  event: 'residents.eventKind',
  roles: 'staff.roles',
  cause: 'audit.causes',
  kind: 'backups.kinds',
};

function fieldLabel(t: TFunction, field: string): string {
  const key = FIELD_LABELS[field];
  if (key) return t(key);
  // Resident fields, then the few audit-only ones; an unknown field keeps its stored name.
  return t(`residents.fields.${field}`, { defaultValue: t(`audit.fields.${field}`, { defaultValue: field }) });
}

function showValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.length === 0 ? '∅' : value.map((item) => showValue(t, field, item)).join(', ');
  if (typeof value === 'string') {
    const prefix = VALUE_PREFIXES[field];
    // Codes have no dots; a sentence with a dot would be read by i18next as a nested key.
    return prefix && /^[A-Za-z_]+$/.test(value) ? t(`${prefix}.${value}`, { defaultValue: value }) : value;
  }
  return JSON.stringify(value);
}

/**
 * One line for the "Details" column, or "—" when there is nothing to show (including rows about a
 * resident whose details the core withheld because the person may not read residents).
 */
export function summarizeDetails(t: TFunction, details: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'changes' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, change] of Object.entries(value as Record<string, unknown>)) {
        const label = fieldLabel(t, field);
        if (Array.isArray(change) && change.length === 2) parts.push(`${label}: ${showValue(t, field, change[0])} → ${showValue(t, field, change[1])}`);
        else parts.push(`${label}: ${showValue(t, field, change)}`);
      }
    } else {
      parts.push(`${fieldLabel(t, key)}: ${showValue(t, key, value)}`);
    }
  }
  return parts.join('; ') || '—';
}

/** i18next reads dots as nesting, so "record.breakGlass" is looked up as "audit.actions.record_breakGlass". */
export function actionKey(action: string): string {
  return `audit.actions.${action.replace(/\./g, '_')}`;
}
