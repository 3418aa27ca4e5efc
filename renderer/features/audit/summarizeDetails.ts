import type { TFunction } from 'i18next';
import type { AuditAction } from '../../../shared/contract/audit';
import { translateMessageKey } from '../../i18n/messageKeys';

// Audit details are free-form JSON ({ changes: { field: [old, new] } }, a reason, a user name...).
// The table shows them as one line of plain text. Field names and coded values the catalogs
// have a message for (resident fields, statuses, programs, roles, lock causes...) are shown in the
// person's language; anything else (names, dates, free text, a field added later) as stored. The
// labels are the audit area's own copies (audit.fields, audit.values), not other screens' keys.

function fieldLabel(t: TFunction, field: string): string {
  // An unknown field (one added later, say) keeps its stored name.
  return translateMessageKey(t, `audit.fields.${field}`, field);
}

function showValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.length === 0 ? '∅' : value.map((item) => showValue(t, field, item)).join(', ');
  if (typeof value === 'string') {
    // Coded values have a message under audit.values.<field>; free text (a break-glass reason, a
    // name) matches no key and is shown as written.
    return translateMessageKey(t, `audit.values.${field}.${value}`, value);
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
export function actionKey<Action extends AuditAction>(action: Action): `audit.actions.${Underscored<Action>}` {
  return `audit.actions.${action.replace(/\./g, '_')}` as `audit.actions.${Underscored<Action>}`;
}

/** 'record.breakGlass' → 'record_breakGlass', in the type too, so the compiler checks each action has a label. */
type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;
