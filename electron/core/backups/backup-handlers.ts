import type { backupsContract } from '../../../shared/contract/backups';
import { actorOf, type HandlersFor } from '../handler-types';
import type { BackupService } from './backup-service';

export function backupHandlers(backups: BackupService): HandlersFor<typeof backupsContract> {
  return {
    'backups.list': () => Promise.resolve(backups.overview()),
    'backups.create': (_input, context) => backups.create(actorOf(context)),
  };
}
