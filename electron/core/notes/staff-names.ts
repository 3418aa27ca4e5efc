import { In, type EntityManager } from 'typeorm';
import { StaffMemberEntity } from '../staff/staff-member.entity';

/** Staff members' display names by id, in one query. */
export async function staffNames(manager: EntityManager, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const rows = wanted.length ? await manager.findBy(StaffMemberEntity, { id: In(wanted) }) : [];
  return new Map(rows.map((row) => [row.id, `${row.firstName} ${row.lastName}`]));
}
