import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../app/FormActions';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifyError, notifySuccess } from '../../app/notify';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { PreviewAnswer } from './PreviewAnswer';
import { sessionChange } from './sessionChange';
import type { SeriesContext, SessionFormTarget } from './sessionFormMode';
import { draftOf, sessionFormSchema, type SessionFormValues } from './sessionFormValues';
import { SessionFields } from './SessionFields';
import { useCheckedChange } from './useCheckedChange';
import { useSaveSessionChange } from './useSaveSessionChange';
import { useScheduleChoices } from './useScheduleChoices';

interface SessionFormProps {
  target: SessionFormTarget;
  series: SeriesContext;
  initialValues: SessionFormValues;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * The session form, for a new session and every edit. "Check" asks the conflict check about the
 * change as it stands ("52 occurrences: 49 fine, 3 clash", with the list); "Save" is offered only
 * for that exact change, once nothing blocks it (a capacity warning needs a manager's reason).
 */
export function SessionForm({ target, series, initialValues, onDone, onCancel }: SessionFormProps) {
  const { t } = useTranslation();
  const choices = useScheduleChoices();
  const checked = useCheckedChange();
  const saver = useSaveSessionChange();
  const [saved, setSaved] = useState(false);
  const form = useContractForm<SessionFormValues>(sessionFormSchema, initialValues);
  const scope = target.kind === 'create' ? 'create' : target.scope;
  const change = sessionChange(target, series, draftOf(form.values));
  const answer = checked.answerFor(change);

  const submit = form.onSubmit(async () => {
    if (!answer) return void (await checked.check(change));
    if (!checked.maySave(answer)) return;
    const error = await saver.save(change, checked.overrideReason(answer));
    if (error) return void (applyServerFieldErrors(form, error) || notifyError(t, error));
    setSaved(true);
    notifySuccess(t(`schedule.form.saved.${scope}`));
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t(`schedule.form.title.${scope}`)}>
      <UnsavedChangesPrompt when={form.isDirty() && !saved} />
      <Stack>
        <SessionFields form={form} choices={choices} withType={scope !== 'occurrence'} withRepeat={scope !== 'occurrence'} />
        {answer && <PreviewAnswer preview={answer} reason={checked.reason} onReasonChange={checked.setReason} />}
        <FormActions submitLabel={answer ? t('schedule.form.save') : t('schedule.check.submit')} submitting={saver.pending} onCancel={onCancel} disabled={answer !== null && !checked.maySave(answer)} />
      </Stack>
    </form>
  );
}
