import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteConflict, NoteContent, NoteRevision, NoteSubjectRef } from '../../../shared/contract/notes';
import type { AppError } from '../../../shared/errors';
import { useHearthMutation } from '../../app/queries';

/** How long typing must pause before the note saves itself. */
export const AUTOSAVE_PAUSE_MS = 1000;
/** After a failed save (the bridge, a locked screen), the next try. */
const RETRY_MS = 3000;

export type AutosaveStatus = 'saved' | 'unsaved' | 'saving' | 'retrying' | 'refused' | 'conflict';

/** The bridge failed or the screen is locked: worth trying again. A refusal (a signed note) is not. */
const worthRetrying = (error: AppError) => error.code === 'internal' || error.code === 'unauthenticated';

/**
 * The note as typed, saved by itself about a second after typing pauses. "Saved" is shown only
 * for content the core acknowledged (committed with synchronous=FULL); each save names the
 * revision it was made on, so a save from a stale window comes back as a conflict with both
 * versions, and nothing is saved until the person chooses which one to continue from.
 */
export function useNoteAutosave({ subjectKind, subjectId }: NoteSubjectRef, initial: { content: NoteContent; revision: NoteRevision | null }) {
  const { run: runSave } = useHearthMutation('notes.save');
  const [content, setContent] = useState(initial.content);
  const [saved, setSaved] = useState({ json: JSON.stringify(initial.content), revision: initial.revision });
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<NoteConflict | null>(null);
  // The newest typed content for the save that runs when the pause ends (read in callbacks, never while rendering).
  const latest = useRef(content);
  const inFlight = useRef(false);

  const dirty = JSON.stringify(content) !== saved.json;

  const saveNow = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSaving(true);
    const snapshot = latest.current;
    const result = await runSave({ subjectKind, subjectId, baseRevisionId: saved.revision?.id ?? null, content: snapshot });
    inFlight.current = false;
    setSaving(false);
    if (result.ok) {
      setFailed(null);
      setSaved({ json: JSON.stringify(snapshot), revision: result.value });
    } else if (result.error.messageKey === 'problems.noteConflict') {
      setConflict(result.error.details as NoteConflict);
    } else {
      setFailed(result.error);
    }
  }, [subjectKind, subjectId, runSave, saved.revision]);

  useEffect(() => {
    latest.current = content;
    if (!dirty || conflict || saving || (failed && !worthRetrying(failed))) return;
    const timer = setTimeout(() => void saveNow(), failed ? RETRY_MS : AUTOSAVE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [content, dirty, conflict, saving, failed, saveNow]);

  /** After a conflict: continue from the chosen content, on top of the revision saved elsewhere. */
  const continueFrom = useCallback((chosen: NoteContent, current: NoteRevision, keepMine: boolean) => {
    setConflict(null);
    setSaved({ json: keepMine ? '' : JSON.stringify(chosen), revision: current });
    latest.current = chosen;
    setContent(chosen);
  }, []);

  const status: AutosaveStatus = conflict ? 'conflict' : saving ? 'saving' : failed ? (worthRetrying(failed) ? 'retrying' : 'refused') : dirty ? 'unsaved' : 'saved';
  return { content, setContent, status, savedRevision: saved.revision, conflict, refusal: failed && !worthRetrying(failed) ? failed : null, continueFrom };
}
