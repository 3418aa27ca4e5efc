import { Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { LoadingIndicator } from '../../app/LoadingIndicator';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES } from '../../../shared/contract/rosters';
import { updateCentreSettingsInput, type CentreSettings } from '../../../shared/contract/settings';
import type { AppError } from '../../../shared/errors';
import { useHearthMutation, useHearthQuery } from '../../app/queries';
import { UnsavedChangesPrompt } from '../../app/UnsavedChangesPrompt';
import { ErrorAlert } from '../../app/errors';
import { SaveErrorAlert } from '../../app/SaveErrorAlert';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { notifySuccess } from '../../app/notify';
import { PageHeader } from '../../app/PageHeader';
import { useSession } from '../../app/session';

/** Centre-wide settings: the centre's name, idle-lock delay, time zone, schedule horizon, mentoring and notes delays, paper size. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useHearthQuery('settings.get', {});
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <ErrorAlert error={settings.error} />
      {/* Keyed by version: after "Reload" the newer stored settings start a fresh form. */}
      {settings.data ? <SettingsForm key={settings.data.version} settings={settings.data} onReload={settings.refetch} /> : !settings.error && <LoadingIndicator />}
    </>
  );
}

function SettingsForm({ settings, onReload }: { settings: CentreSettings; onReload: () => void }) {
  const { t } = useTranslation();
  const { refreshSession } = useSession();
  const [error, setError] = useState<AppError | null>(null);
  const update = useHearthMutation('settings.update');
  // NumberInput gives '' when emptied; the shared schema then says "enter a number".
  // The settings share one version: a save made from settings someone changed since is refused.
  const [version, setVersion] = useState(settings.version);
  const form = useContractForm<{ idleLockMinutes: number | string; timeZone: string; scheduleHorizonWeeks: number | string; mentoringGapDays: number | string; paperSize: CentreSettings['paperSize']; centreName: string; unsignedNoteOverdueDays: number | string; expectedVersion: number }>(updateCentreSettingsInput, { ...settings, expectedVersion: settings.version });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const result = await update.run({ idleLockMinutes: Number(values.idleLockMinutes), timeZone: values.timeZone, scheduleHorizonWeeks: Number(values.scheduleHorizonWeeks), mentoringGapDays: Number(values.mentoringGapDays), paperSize: values.paperSize, centreName: values.centreName, unsignedNoteOverdueDays: Number(values.unsignedNoteOverdueDays), expectedVersion: version });
    if (result.ok) {
      setVersion(result.value.version);
      form.setInitialValues({ ...result.value, expectedVersion: result.value.version });
      form.reset();
      notifySuccess(t('settings.saved'));
      // The idle-lock delay lives in the session too.
      await refreshSession();
    } else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <form onSubmit={submit} noValidate>
      <UnsavedChangesPrompt when={form.isDirty()} />
      <Stack maw={420}>
        <TextInput label={t('settings.centreName')} description={t('settings.centreNameHint')} required autoComplete="off" {...form.getInputProps('centreName')} />
        <NumberInput label={t('settings.idleLockMinutes')} description={t('settings.idleLockHint')} required min={1} max={120} step={1} allowDecimal={false} {...form.getInputProps('idleLockMinutes')} />
        <TextInput label={t('settings.timeZone')} description={t('settings.timeZoneHint')} required autoComplete="off" {...form.getInputProps('timeZone')} />
        <NumberInput label={t('settings.scheduleHorizonWeeks')} description={t('settings.scheduleHorizonHint')} required min={4} max={104} step={1} allowDecimal={false} {...form.getInputProps('scheduleHorizonWeeks')} />
        <NumberInput label={t('settings.mentoringGapDays')} description={t('settings.mentoringGapHint')} required min={1} max={90} step={1} allowDecimal={false} {...form.getInputProps('mentoringGapDays')} />
        <NumberInput label={t('settings.unsignedNoteOverdueDays')} description={t('settings.unsignedNoteOverdueHint')} required min={1} max={30} step={1} allowDecimal={false} {...form.getInputProps('unsignedNoteOverdueDays')} />
        <Select label={t('settings.paperSize')} description={t('settings.paperSizeHint')} required allowDeselect={false} data={PAPER_SIZES.map((size) => ({ value: size, label: t(`settings.paperSizes.${size}`) }))} {...form.getInputProps('paperSize')} />
        <SaveErrorAlert error={error} onReload={onReload} />
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
