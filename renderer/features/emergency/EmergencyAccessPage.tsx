import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakGlassResidentInput, type ResidentDetail } from '../../../shared/contract/residents';
import type { AppError } from '../../../shared/errors';
import { useHearthMutation } from '../../app/queries';
import { ErrorAlert } from '../../app/errors';
import { fullName } from '../../app/format';
import { applyServerFieldErrors, useContractForm } from '../../app/forms';
import { PageHeader } from '../../app/PageHeader';
import { ResidentDetailsView } from '../residents/ResidentDetailsView';
import { DateField } from '../../app/DateField';

/**
 * Break-glass: someone whose roles do not cover the register names a resident and writes why;
 * the matching records are shown read-only and every opening is recorded for manager review.
 */
export function EmergencyAccessPage() {
  const { t } = useTranslation();
  const [error, setError] = useState<AppError | null>(null);
  const [records, setRecords] = useState<ResidentDetail[] | null>(null);
  const openWithBreakGlass = useHearthMutation('residents.openWithBreakGlass');
  const form = useContractForm(breakGlassResidentInput, { reason: '', name: '', dateOfBirth: '' });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setRecords(null);
    const result = await openWithBreakGlass.run(values);
    if (result.ok) setRecords(result.value);
    else if (!applyServerFieldErrors(form, result.error)) setError(result.error);
  });

  return (
    <Stack gap="lg">
      <PageHeader title={t('emergency.title')} />
      <Text>{t('emergency.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack maw={560}>
          <Textarea label={t('emergency.reason')} description={t('emergency.reasonHint')} required rows={4} {...form.getInputProps('reason')} />
          <TextInput label={t('emergency.name')} required autoComplete="off" {...form.getInputProps('name')} />
          <DateField label={t('emergency.dateOfBirth')} required {...form.getInputProps('dateOfBirth')} />
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('emergency.submit')}
            </Button>
          </Group>
        </Stack>
      </form>

      {records && (
        <section aria-labelledby="emergency-results-heading">
          <Title order={2} size="h3" mb="sm" id="emergency-results-heading">
            {t('emergency.results')}
          </Title>
          {records.length > 0 && (
            <Alert color="yellow" variant="light" role="status" mb="md" title={t('emergency.recordedTitle')}>
              {t('emergency.recorded')}
            </Alert>
          )}
          {records.length === 0 && <Text>{t('emergency.noMatch')}</Text>}
          <Stack gap="xl">
            {records.map((resident) => (
              <article key={resident.id} aria-label={fullName(resident)}>
                <Title order={3} size="h4" mb="xs">
                  {fullName(resident)}
                </Title>
                <ResidentDetailsView resident={resident} />
              </article>
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
