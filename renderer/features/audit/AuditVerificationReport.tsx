import { Alert, List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditSegment, AuditVerification, AuditWitness } from '../../../shared/contract/audit';

/** Verdicts that mean the trail is not what the witness saw: shown as alarms. */
const DISAGREES: ReadonlySet<AuditWitness['verdict']> = new Set(['rows_removed', 'row_differs', 'rows_added', 'signature_invalid']);

/**
 * What the verification could vouch for, and what each record of the trail kept outside the
 * database (the head file, each backup copy) says: the ones that disagree are named.
 */
export function AuditVerificationReport({ result }: { result: AuditVerification }) {
  const { t } = useTranslation();
  const rows = (segment: AuditSegment) =>
    segment.fromSeq === segment.toSeq ? t('audit.verify.row', { seq: segment.fromSeq }) : t('audit.verify.rows', { from: segment.fromSeq, to: segment.toSeq });
  const notVouched = result.segments.filter((segment) => !segment.vouched);
  return (
    <Stack gap="xs">
      {notVouched.length > 0 && (
        <Alert variant="light" color="yellow" title={t('audit.verify.notVouchedTitle')}>
          <List size="sm">
            {notVouched.map((segment) => (
              <List.Item key={segment.fromSeq}>
                {segment.kind === 'unkeyed'
                  ? t('audit.verify.segment.unkeyed', { rows: rows(segment) })
                  : t('audit.verify.segment.keyAbsent', { rows: rows(segment), keyId: segment.keyId })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Title order={3} size="h5">
        {t('audit.verify.segmentsTitle')}
      </Title>
      <List size="sm" aria-label={t('audit.verify.segmentsTitle')}>
        {result.segments.map((segment) => (
          <List.Item key={segment.fromSeq}>
            {segment.kind === 'unkeyed'
              ? t('audit.verify.segment.unkeyed', { rows: rows(segment) })
              : segment.vouched
                ? t('audit.verify.segment.keyed', { rows: rows(segment), keyId: segment.keyId })
                : t('audit.verify.segment.keyAbsent', { rows: rows(segment), keyId: segment.keyId })}
          </List.Item>
        ))}
      </List>
      {result.keyId && <Text size="sm">{t('audit.verify.keyHere', { keyId: result.keyId })}</Text>}
      <Title order={3} size="h5">
        {t('audit.verify.witnessesTitle')}
      </Title>
      {result.witnesses.length === 0 ? (
        <Text size="sm">{t('audit.verify.noWitnesses')}</Text>
      ) : (
        <List size="sm" aria-label={t('audit.verify.witnessesTitle')}>
          {result.witnesses.map((witness) => (
            <List.Item key={witness.name} c={DISAGREES.has(witness.verdict) ? 'red' : undefined}>
              {describeWitness(t, witness, result.lastSeq)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function describeWitness(t: TFunction, witness: AuditWitness, lastSeq: number): string {
  const name =
    witness.kind === 'backup'
      ? t('audit.verify.witness.backup', { date: witness.recordedAt?.slice(0, 10) ?? '?', name: witness.name })
      : t(`audit.verify.witness.${witness.kind}`, { name: witness.name });
  const sentence = t(`audit.verify.verdict.${witness.verdict}`, { name, seq: witness.seq, last: lastSeq });
  const unsigned = witness.kind !== 'backup' && witness.seq !== null && !witness.signatureChecked;
  return unsigned ? `${sentence} ${t('audit.verify.unsigned')}` : sentence;
}
