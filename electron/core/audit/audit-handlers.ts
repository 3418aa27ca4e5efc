import type { auditContract } from '../../../shared/contract/audit';
import { actorOf, type HandlersFor } from '../handler-types';
import type { AuditService } from './audit-service';

export function auditHandlers(audit: AuditService): HandlersFor<typeof auditContract> {
  return {
    'audit.list': (input, context) => audit.list(input, actorOf(context)),
    'audit.verify': (input) => audit.verify(input),
    'audit.export': (input, context) => audit.export(input, actorOf(context)),
    'audit.breakGlassReview': (_input, context) => audit.breakGlassReview(actorOf(context)),
  };
}
