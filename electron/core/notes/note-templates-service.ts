import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { DEFAULT_NOTE_TEMPLATE, type GroupNoteTemplate, type groupNoteTemplateInput, type NoteTemplate, type setGroupNoteTemplateInput } from '../../../shared/contract/note-templates';
import { hasPermission } from '../../../shared/permissions';
import { appendAudit } from '../audit/audit-log';
import { toInstant, type Clock } from '../clock';
import type { Actor } from '../context';
import { DomainError, staleRecord } from '../errors';
import { assertMaySeeGroup, facilitatesGroup, groupNotFound } from '../groups/group-access';
import { PeerGroupEntity } from '../groups/peer-group.entity';
import { GroupNoteTemplateEntity } from './group-note-template.entity';
import { seesEveryNote } from './note-access';
import { storedGroupTemplate } from './note-template-in-force';
import { staffNames } from './staff-names';

type Parsed<S extends z.ZodType> = z.output<S>;

/** The role allows it (notes.write), this group does not: only its facilitators, counsellors and managers shape its notes. */
const notYourGroupsTemplate = () =>
  new DomainError('forbidden', 'problems.groups.noteTemplateNotYours', 'Only the facilitators of this group, counsellors and managers can change its note template.', { details: { scope: 'record' } });

/** Someone who sees every group still gets `not_found` for an id that is no group. */
async function assertGroupVisible(manager: EntityManager, actor: Actor, groupId: string): Promise<void> {
  if ((await manager.countBy(PeerGroupEntity, { id: groupId })) === 0) throw groupNotFound();
  await assertMaySeeGroup(manager, actor, groupId);
}

async function mayEditTemplate(manager: EntityManager, actor: Actor, groupId: string): Promise<boolean> {
  return hasPermission(actor.roles, 'notes.write') && (seesEveryNote(actor) || (await facilitatesGroup(manager, actor, groupId)));
}

/**
 * A group's template of note sections. Whoever sees the group reads it; its facilitators,
 * counsellors and managers replace it. Each change is a guarded versioned write with one audit row
 * (which sections, in which order: a template holds no note text).
 */
export class NoteTemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(input: Parsed<typeof groupNoteTemplateInput>, actor: Actor): Promise<GroupNoteTemplate> {
    const manager = this.dataSource.manager;
    await assertGroupVisible(manager, actor, input.groupId);
    return this.view(manager, actor, input.groupId);
  }

  async set(input: Parsed<typeof setGroupNoteTemplateInput>, actor: Actor): Promise<GroupNoteTemplate> {
    return this.dataSource.transaction(async (manager) => {
      await assertGroupVisible(manager, actor, input.groupId);
      if (!(await mayEditTemplate(manager, actor, input.groupId))) throw notYourGroupsTemplate();
      const now = toInstant(this.clock.now());
      const version = await writeTemplate(manager, input, actor, now);
      await appendAudit(manager, now, { action: 'record.update', actor, entityType: 'peerGroup', entityId: input.groupId, details: { noteTemplate: summary(input.template), version } });
      return this.view(manager, actor, input.groupId);
    });
  }

  private async view(manager: EntityManager, actor: Actor, groupId: string): Promise<GroupNoteTemplate> {
    const stored = await storedGroupTemplate(manager, groupId);
    const names = await staffNames(manager, [stored?.row.updatedByStaffId ?? null]);
    return {
      groupId,
      template: stored?.template ?? DEFAULT_NOTE_TEMPLATE,
      version: stored?.row.version ?? 0,
      updatedAt: stored?.row.updatedAt ?? null,
      updatedByName: stored?.row.updatedByStaffId ? (names.get(stored.row.updatedByStaffId) ?? null) : null,
      mayEdit: await mayEditTemplate(manager, actor, groupId),
    };
  }
}

/**
 * Version 0 is the default (no row): the first change inserts version 1, later ones move the
 * version on only from the one the person edited; a stale edit is refused with both versions.
 */
async function writeTemplate(manager: EntityManager, input: Parsed<typeof setGroupNoteTemplateInput>, actor: Actor, now: string): Promise<number> {
  const current = await manager.findOneBy(GroupNoteTemplateEntity, { groupId: input.groupId });
  if ((current?.version ?? 0) !== input.expectedVersion) throw staleRecord(input.expectedVersion, current?.version ?? 0);
  const changes = { sections: JSON.stringify(input.template.sections), updatedAt: now, updatedByStaffId: actor.staffId };
  if (!current) {
    await manager.insert(GroupNoteTemplateEntity, { groupId: input.groupId, ...changes, version: 1 });
    return 1;
  }
  const moved = await manager
    .createQueryBuilder()
    .update(GroupNoteTemplateEntity)
    .set({ ...changes, version: () => '"version" + 1' })
    .where('"group_id" = :groupId AND "version" = :version', { groupId: input.groupId, version: input.expectedVersion })
    .execute();
  if (moved.affected !== 1) throw staleRecord(input.expectedVersion, current.version);
  return input.expectedVersion + 1;
}

/** What the audit row keeps: the sections' keys in order and which are in; headings and prompts are the template's own words, not a note's. */
const summary = (template: NoteTemplate) => template.sections.map((section) => ({ key: section.key, included: section.included, heading: section.heading }));
