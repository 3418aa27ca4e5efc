import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail } from '../../../shared/contract/residents';
import { useCentreTime } from '../../app/useCentreTime';

/** A resident's details as a two-column table (label, value), read-only. */
export function ResidentDetailsView({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const centre = useCentreTime();
  const text = (value: string | null) => value || '—';
  const rows: [string, ReactNode][] = [
    [t('common.firstName'), resident.firstName],
    [t('common.lastName'), resident.lastName],
    [t('residents.fields.preferredName'), text(resident.preferredName)],
    [t('residents.fields.pronouns'), text(resident.pronouns)],
    [t('residents.fields.dateOfBirth'), centre.formatDate(resident.dateOfBirth)],
    [t('residents.fields.status'), t(`residents.status.${resident.status}`)],
    [t('residents.fields.program'), t(`residents.program.${resident.program}`)],
    [t('residents.fields.admissionDate'), centre.formatDate(resident.admissionDate)],
    [t('residents.fields.dischargeDate'), centre.formatDate(resident.dischargeDate)],
    [t('residents.fields.language'), t(`residents.language.${resident.language}`)],
    [t('residents.fields.house'), text(resident.house)],
    [t('residents.fields.room'), text(resident.room)],
    [t('residents.fields.emergencyContactName'), text(resident.emergencyContactName)],
    [t('residents.fields.emergencyContactRelationship'), text(resident.emergencyContactRelationship)],
    [t('residents.fields.emergencyContactPhone'), text(resident.emergencyContactPhone)],
    [t('residents.fields.emergencyContactEmail'), text(resident.emergencyContactEmail)],
    [t('residents.fields.equineWaiverSignedOn'), centre.formatDate(resident.equineWaiverSignedOn)],
    [t('residents.fields.photoConsent'), resident.photoConsent ? t('common.yes') : t('common.no')],
  ];
  return (
    <Table variant="vertical" withTableBorder aria-label={t('residents.page.detailsCaption')}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={260}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
