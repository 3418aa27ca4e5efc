import type { UseFormReturnType } from '@mantine/form';
import type { ResidentDetail } from '../../../shared/contract/residents';
import type { AppError, Result } from '../../../shared/errors';
import { applyServerFieldErrors } from '../../app/forms';

/** What the resident page gives the Discharge and Readmit dialogs. */
export interface StatusChangeModalProps {
  resident: ResidentDetail;
  opened: boolean;
  onClose: () => void;
  onDone: (updated: ResidentDetail) => void;
  /** The resident's status changed elsewhere (e.g. another window): the page reloads and explains. */
  onConflict: (error: AppError) => void;
}

/**
 * What a status-change dialog does with the core's answer: done; a conflict (the record changed
 * elsewhere, nothing in the form can fix it) goes to the page; field errors go under their fields;
 * anything else is shown in the dialog.
 */
export function settleStatusChange<Values>(
  result: Result<ResidentDetail>,
  form: UseFormReturnType<Values>,
  props: Pick<StatusChangeModalProps, 'onDone' | 'onConflict'>,
  showError: (error: AppError) => void,
): void {
  if (result.ok) {
    form.reset();
    props.onDone(result.value);
  } else if (result.error.code === 'conflict') {
    form.reset();
    props.onConflict(result.error);
  } else if (!applyServerFieldErrors(form, result.error)) showError(result.error);
}
