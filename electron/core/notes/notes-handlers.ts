import type { notesContract } from '../../../shared/contract/notes';
import { actorOf, type HandlersFor } from '../handler-types';
import type { NotesService } from './notes-service';
import type { ResidentNotesService } from './resident-notes-service';

export function notesHandlers(notes: NotesService, residentNotes: ResidentNotesService): HandlersFor<typeof notesContract> {
  return {
    'notes.open': (input, context) => notes.open(input, { channelId: context.channelId, actor: actorOf(context) }),
    'notes.save': (input, context) => notes.save(input, actorOf(context)),
    'notes.sign': (input, context) => notes.sign(input, actorOf(context)),
    'notes.addAddendum': (input, context) => notes.addAddendum(input, actorOf(context)),
    'notes.coSign': (input, context) => notes.coSign(input, actorOf(context)),
    'notes.residentLines': (input, context) => residentNotes.residentLines(input, { channelId: context.channelId, actor: actorOf(context) }),
    'notes.setGoalStatus': (input, context) => residentNotes.setGoalStatus(input, actorOf(context)),
    'notes.registerNames': () => residentNotes.registerNames(),
    'notes.unsignedOverdue': (_input, context) => residentNotes.unsignedOverdue(actorOf(context)),
  };
}
