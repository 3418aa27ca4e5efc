import type { DataSource } from 'typeorm';
import type { noteTemplatesContract } from '../../../shared/contract/note-templates';
import type { Clock } from '../clock';
import { actorOf, type HandlersFor } from '../handler-types';
import { NoteTemplatesService } from './note-templates-service';

export function noteTemplatesHandlers(deps: { dataSource: DataSource; clock: Clock }): HandlersFor<typeof noteTemplatesContract> {
  const templates = new NoteTemplatesService(deps.dataSource, deps.clock);
  return {
    'groups.noteTemplate': (input, context) => templates.get(input, actorOf(context)),
    'groups.setNoteTemplate': (input, context) => templates.set(input, actorOf(context)),
  };
}
