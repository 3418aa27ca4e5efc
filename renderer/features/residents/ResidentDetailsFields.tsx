import { Checkbox, Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, PROGRAMS } from '../../../shared/contract/residents';
import type { ResidentDetailsValues } from './residentForm';
import { DateField } from '../../app/DateField';

/**
 * The fields shared by "Admit resident" and "Edit resident". `extra` goes next to the date of
 * birth (the admission date, on admission only).
 */
export function ResidentDetailsFields<V extends ResidentDetailsValues>({ form, extra }: { form: UseFormReturnType<V>; extra?: ReactNode }) {
  const { t } = useTranslation();
  const field = (path: keyof ResidentDetailsValues) => form.getInputProps(path);
  const choose = { value: '', label: t('common.choose'), disabled: true };

  return (
    <>
      <Fieldset legend={t('residents.fields.identity')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('common.firstName')} required autoComplete="off" {...field('firstName')} />
          <TextInput label={t('common.lastName')} required autoComplete="off" {...field('lastName')} />
          <TextInput label={t('residents.fields.preferredName')} autoComplete="off" {...field('preferredName')} />
          <TextInput label={t('residents.fields.pronouns')} autoComplete="off" {...field('pronouns')} />
          <DateField label={t('residents.fields.dateOfBirth')} required {...field('dateOfBirth')} />
          {extra}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('residents.fields.stay')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('residents.fields.program')}
            required
            data={[choose, ...PROGRAMS.map((program) => ({ value: program, label: t(`residents.program.${program}`) }))]}
            {...field('program')}
          />
          <NativeSelect
            label={t('residents.fields.language')}
            required
            data={[choose, ...LANGUAGES.map((language) => ({ value: language, label: t(`residents.language.${language}`) }))]}
            {...field('language')}
          />
          <TextInput label={t('residents.fields.house')} autoComplete="off" {...field('house')} />
          <TextInput label={t('residents.fields.room')} autoComplete="off" {...field('room')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('residents.fields.emergencyContact')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('residents.fields.emergencyContactName')} autoComplete="off" {...field('emergencyContactName')} />
          <TextInput label={t('residents.fields.emergencyContactRelationship')} autoComplete="off" {...field('emergencyContactRelationship')} />
          <TextInput type="tel" label={t('residents.fields.emergencyContactPhone')} autoComplete="off" {...field('emergencyContactPhone')} />
          <TextInput type="email" label={t('residents.fields.emergencyContactEmail')} autoComplete="off" {...field('emergencyContactEmail')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('residents.fields.consents')} mb="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('residents.fields.equineWaiverSignedOn')} {...field('equineWaiverSignedOn')} />
        </SimpleGrid>
        <Checkbox mt="md" label={t('residents.fields.photoConsent')} {...form.getInputProps('photoConsent', { type: 'checkbox' })} />
      </Fieldset>
    </>
  );
}
