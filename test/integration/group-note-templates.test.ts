import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_NOTE_TEMPLATE, type NoteTemplate } from '../../shared/contract/note-templates';
import type { NoteContent } from '../../shared/contract/notes';
import { hashNoteContent } from '../../electron/core/notes/canonical-content';
import { auditRows, countRows, expectNothingWritten } from '../support/db-snapshot';
import { createScheduleWorld, type ScheduleWorld } from '../support/schedule-world';
import { ADMIN_PASSWORD, errorOf, newOpening, STAFF_PASSWORD, startTestCore, type TestCore } from '../support/test-core';

// A group led by Faye (channel "fac") meets on Wednesdays; its meetings' notes are written with the
// group's template of sections. The admin (channel "admin") is also a manager.

let t: TestCore;
let w: ScheduleWorld;
let groupId: string;
let faye: string;
let groupMeetingId: string;
beforeEach(async () => {
  t = await startTestCore();
  w = await createScheduleWorld(t);
  faye = (await t.signInAs('fac', ['facilitator'], 'Faye')).staffId;
  const group = await t.must('admin', 'groups.create', { name: 'Relapse prevention', kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId: faye, role: 'facilitator' }] });
  groupId = group.id;
  await t.must('admin', 'groups.enrol', { groupId, residentId: w.eloise, joinedOn: '2026-11-23' });
  await t.must('admin', 'sessions.create', { draft: w.draft({ title: 'Relapse prevention', locationId: w.artStudioId, facilitatorIds: [faye], participantIds: [], groupId, capacity: 8, startDate: '2026-11-25', startTime: '14:00' }) });
  const { occurrences } = await t.must('admin', 'schedule.range', { from: '2026-11-23', to: '2026-12-20', groupId });
  groupMeetingId = occurrences[0].id;
});
afterEach(() => t.dispose());

const SAFETY = { key: 'custom-safety-check', heading: 'Safety check', prompt: 'Anyone at risk this week?', included: true };
/** Topic left out, the check-in renamed, a safety check of the group's own after the discussion. */
const groupTemplate: NoteTemplate = {
  sections: [
    { key: 'checkIn', heading: 'Arrivals', prompt: 'One word each', included: true },
    { key: 'topic', heading: '', prompt: '', included: false },
    { key: 'discussion', heading: '', prompt: '', included: true },
    SAFETY,
    { key: 'sharing', heading: '', prompt: '', included: true },
    { key: 'closing', heading: '', prompt: '', included: true },
  ],
};
const setTemplate = (channel: string, template: NoteTemplate, expectedVersion = 0) => t.call(channel, 'groups.setNoteTemplate', { groupId, expectedVersion, template });
const content = (overrides: Partial<NoteContent> = {}): NoteContent => ({
  facilitatorId: faye,
  coFacilitatorId: null,
  topic: '',
  discussion: 'Talked about weekends.',
  closing: '',
  participants: [{ residentId: w.eloise, checkIn: 'Calm', mood: 4, sharing: 'Visited her brother', goal: 'Plan Saturday' }],
  sections: [],
  ...overrides,
});

describe('a group’s note template', () => {
  test('a group without one reads the default; each change moves its version on, and a change from an older copy is refused with nothing written', async () => {
    expect(await t.must('fac', 'groups.noteTemplate', { groupId })).toMatchObject({ template: DEFAULT_NOTE_TEMPLATE, version: 0, updatedAt: null, mayEdit: true });

    const first = await t.must('admin', 'groups.setNoteTemplate', { groupId, expectedVersion: 0, template: groupTemplate });
    expect(first).toMatchObject({ template: groupTemplate, version: 1, updatedByName: 'Ada Admin' });
    const renamed: NoteTemplate = { sections: groupTemplate.sections.map((s) => (s.key === SAFETY.key ? { ...s, heading: 'Safety' } : s)) };
    expect(await t.must('fac', 'groups.setNoteTemplate', { groupId, expectedVersion: 1, template: renamed })).toMatchObject({ template: renamed, version: 2, updatedByName: 'Faye facilitator' });

    const stale = await expectNothingWritten(t, () => setTemplate('admin', DEFAULT_NOTE_TEMPLATE, 1));
    expect(errorOf(stale)).toMatchObject({ code: 'conflict', messageKey: 'problems.staleRecord', details: { expectedVersion: 1, currentVersion: 2 } });
    expect(errorOf(await expectNothingWritten(t, () => setTemplate('admin', DEFAULT_NOTE_TEMPLATE, 0)))).toMatchObject({ code: 'conflict', details: { expectedVersion: 0, currentVersion: 2 } });
    expect((await t.must('admin', 'groups.noteTemplate', { groupId })).template).toEqual(renamed);
  });

  test('an id that is no group is not found, even for a manager', async () => {
    expect(errorOf(await t.call('admin', 'groups.noteTemplate', { groupId: w.eloise }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await expectNothingWritten(t, () => t.call('admin', 'groups.setNoteTemplate', { groupId: w.eloise, expectedVersion: 0, template: groupTemplate })))).toMatchObject({ code: 'not_found' });
  });

  test('a template that would leave nothing in the note is refused with the reason', async () => {
    const empty = { sections: DEFAULT_NOTE_TEMPLATE.sections.map((s) => ({ ...s, included: false })) };
    expect(errorOf(await expectNothingWritten(t, () => setTemplate('admin', empty)))).toMatchObject({ code: 'validation', fieldErrors: { 'template.sections': ['validation.noteTemplateNothingIncluded'] } });
  });

  test('each change is one audit row on the group, naming the sections, never a note’s text', async () => {
    await setTemplate('admin', groupTemplate);
    const rows = (await auditRows(t)).filter((row) => row.entity_type === 'peerGroup' && row.action === 'record.update');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ entity_id: groupId, details: { version: 1, noteTemplate: expect.arrayContaining([{ key: SAFETY.key, included: true, heading: 'Safety check' }]) } });

    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: groupMeetingId, baseRevisionId: null, content: content({ sections: [{ key: SAFETY.key, heading: 'Safety check', text: 'Nobody at risk tonight' }] }) });
    await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    await setTemplate('admin', DEFAULT_NOTE_TEMPLATE, 1);
    const everything = JSON.stringify(await auditRows(t));
    for (const words of ['Nobody at risk tonight', 'Talked about weekends', 'Visited her brother', 'Plan Saturday']) expect(everything).not.toContain(words);
  });

  test('only the group’s facilitators, counsellors and managers change it; whoever sees the group reads it', async () => {
    await t.signInAs('other-fac', ['facilitator']);
    await t.signInAs('counsellor', ['counsellor']);
    await t.signInAs('scheduler', ['scheduling_staff']);
    await t.signInAs('peer', ['peer_support_specialist']);

    expect(errorOf(await expectNothingWritten(t, () => setTemplate('other-fac', groupTemplate)))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await t.call('other-fac', 'groups.noteTemplate', { groupId }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await t.call('peer', 'groups.noteTemplate', { groupId }))).toMatchObject({ code: 'not_found' });
    expect(errorOf(await expectNothingWritten(t, () => setTemplate('scheduler', groupTemplate)))).toMatchObject({ code: 'forbidden' });
    expect(await t.must('scheduler', 'groups.noteTemplate', { groupId })).toMatchObject({ version: 0, mayEdit: false });

    expect(await t.must('counsellor', 'groups.setNoteTemplate', { groupId, expectedVersion: 0, template: groupTemplate })).toMatchObject({ version: 1, mayEdit: true });
    expect(await t.must('fac', 'groups.setNoteTemplate', { groupId, expectedVersion: 1, template: DEFAULT_NOTE_TEMPLATE })).toMatchObject({ version: 2 });
  });

  test('someone who sees every group but leads none of its meetings as facilitator is refused for this group only', async () => {
    const both = await t.signInAs('both', ['scheduling_staff', 'facilitator']);
    expect(await t.must('both', 'groups.noteTemplate', { groupId })).toMatchObject({ mayEdit: false });
    expect(errorOf(await expectNothingWritten(t, () => setTemplate('both', groupTemplate)))).toMatchObject({ code: 'forbidden', messageKey: 'problems.groups.noteTemplateNotYours', details: { scope: 'record' } });
    const own = await t.must('admin', 'groups.create', { name: 'Their own group', kind: 'discussion', focus: '', capacity: 8, openEnrolment: true, facilitators: [{ staffId: both.staffId, role: 'facilitator' }] });
    expect(await t.must('both', 'groups.setNoteTemplate', { groupId: own.id, expectedVersion: 0, template: groupTemplate })).toMatchObject({ version: 1 });
  });
});

describe('a note of the group’s meeting', () => {
  test('is written with the group’s template; a meeting of no group with the default', async () => {
    await setTemplate('admin', groupTemplate);
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: groupMeetingId, openingId: newOpening() })).template).toEqual(groupTemplate);

    const session = await t.must('admin', 'sessions.create', { draft: w.draft({ title: 'Yoga', facilitatorIds: [faye], startDate: '2026-11-26' }) });
    const yoga = (await t.must('admin', 'schedule.range', { from: '2026-11-26', to: '2026-12-31' })).occurrences.find((o) => o.sessionId === session.id);
    expect((await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: yoga?.id ?? '', openingId: newOpening() })).template).toEqual(DEFAULT_NOTE_TEMPLATE);
  });

  test('keeps its custom section’s text with the heading as written, signs and hashes it, and a later template change leaves the signed note as it was', async () => {
    await setTemplate('admin', groupTemplate);
    const written = content({ sections: [{ key: SAFETY.key, heading: 'Safety check', text: 'Nobody at risk.\nAsk Bruno again.' }] });
    const draft = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: groupMeetingId, baseRevisionId: null, content: content() });
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: groupMeetingId, baseRevisionId: draft.id, content: written });
    expect(saved.content.sections).toEqual(written.sections);

    const signed = await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    expect(signed.signature?.hash).toBe(hashNoteContent(written));
    expect(signed.signature?.hash).not.toBe(hashNoteContent(content()));
    expect(signed.template).toBeNull();

    const renamed: NoteTemplate = { sections: groupTemplate.sections.filter((s) => s.key !== SAFETY.key) };
    await setTemplate('admin', renamed, 1);
    const reopened = await t.must('fac', 'notes.open', { subjectKind: 'occurrence', subjectId: groupMeetingId, openingId: newOpening() });
    expect(reopened.head?.content).toEqual(written);
    expect(hashNoteContent(reopened.head?.content ?? content())).toBe(signed.signature?.hash);
  });
});

describe('the migration that adds group note templates', () => {
  test('a database at the previous schema with a group and a signed note upgrades with everything kept, and the note’s stored hash still matches', async () => {
    await t.must('admin', 'groups.update', { ...(await groupForUpdate()), focus: 'Weekends' });
    const saved = await t.must('fac', 'notes.save', { subjectKind: 'occurrence', subjectId: groupMeetingId, baseRevisionId: null, content: content() });
    const signed = await t.must('fac', 'notes.sign', { noteId: saved.noteId, revisionId: saved.id, password: STAFF_PASSWORD });
    await t.must('fac', 'notes.addAddendum', { noteId: saved.noteId, text: 'She called later.', password: STAFF_PASSWORD });
    const { dataSource } = t.core.services;
    // Stored as a revision was before templates: no `sections` key at all.
    await dataSource.query('UPDATE group_note_revisions SET content = ? WHERE id = ?', [JSON.stringify({ ...content(), sections: undefined }), saved.id]);
    // Back to the schema before note templates (0008): the migrations after it are undone, newest first.
    while (!(await dataSource.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id DESC LIMIT 1'))[0].name.startsWith('M0008')) await dataSource.undoLastMigration();
    const tables = async () => (await t.core.services.dataSource.query<Array<{ name: string }>>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map((row) => row.name);
    expect(await tables()).not.toContain('group_note_templates');
    const counts = async () => Promise.all(['peer_groups', 'group_memberships', 'sessions', 'occurrences', 'group_notes', 'group_note_revisions', 'group_note_addenda', 'resident_goals'].map((table) => countRows(t, table)));
    const before = await counts();
    const { dataDir } = t;
    await t.core.close();

    t = await startTestCore({ dataDir, setUpAdmin: false });
    await t.must('admin', 'auth.signIn', { username: 'ada', password: ADMIN_PASSWORD });
    expect(await tables()).toContain('group_note_templates');
    expect(await counts()).toEqual(before);
    expect(await t.core.services.dataSource.query('PRAGMA foreign_key_check')).toEqual([]);

    const reopened = await t.must('admin', 'notes.open', { subjectKind: 'occurrence', subjectId: groupMeetingId, openingId: newOpening() });
    expect(reopened.head?.content).toEqual(content());
    expect(reopened.signature?.hash).toBe(signed.signature?.hash);
    expect(hashNoteContent(reopened.head?.content ?? content())).toBe(signed.signature?.hash);
    expect(reopened.addenda).toHaveLength(1);
    expect((await t.must('admin', 'groups.get', { id: groupId })).focus).toBe('Weekends');
    expect(await t.must('admin', 'groups.noteTemplate', { groupId })).toMatchObject({ template: DEFAULT_NOTE_TEMPLATE, version: 0 });
  });
});

async function groupForUpdate() {
  const group = await t.must('admin', 'groups.get', { id: groupId });
  return { id: group.id, expectedVersion: group.version, active: group.active, name: group.name, kind: group.kind, focus: group.focus ?? '', capacity: group.capacity, openEnrolment: group.openEnrolment, facilitators: group.facilitators.map((f) => ({ staffId: f.staffId, role: f.role })) };
}
