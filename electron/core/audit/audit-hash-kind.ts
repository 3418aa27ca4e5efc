/**
 * How a row's hash was made. `sha256` (rows written before the audit key existed) anyone can
 * recompute; `hmac-sha256` needs the installation's audit key, which is not in the database.
 * Its own file so the row's entity and the hashing code both use it without importing each other.
 */
export const UNKEYED = 'sha256';
export const KEYED = 'hmac-sha256';
export type AuditHashKind = typeof UNKEYED | typeof KEYED;
