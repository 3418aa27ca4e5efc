import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../shared/contract/audit';
import type { AppError } from '../../../shared/errors';
import { call } from '../../app/backend';
import { ErrorAlert } from '../../app/errors';
import { AuditVerificationReport } from './AuditVerificationReport';
import { CheckNotedFingerprint } from './CheckNotedFingerprint';

/**
 * Recomputes the hash chain and cross-checks the records of it kept outside the database: says
 * "intact", or where the chain breaks or which record disagrees, and which rows it cannot vouch for.
 */
export function VerifyAuditTrail() {
  const { t } = useTranslation();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await call('audit.verify', { noted: null });
    setBusy(false);
    if (answer.ok) setResult(answer.value);
    else setError(answer.error);
  }

  return (
    <Stack gap="sm">
      <div>
        <Button variant="default" onClick={() => void verify()} loading={busy}>
          {t('audit.verify.button')}
        </Button>
      </div>
      <ErrorAlert error={error} />
      {result?.intact === true && (
        <Alert variant="light" role="status">
          <Text size="sm">{t('audit.verify.intact', { n: result.checkedRows })}</Text>
          {result.latest && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('audit.verify.fingerprint', { seq: result.latest.seq, fingerprint: result.latest.fingerprint })}
              </Text>
              <Text size="sm">{t('audit.verify.fingerprintHint')}</Text>
            </>
          )}
        </Alert>
      )}
      {result?.intact === false && (
        <Alert color="red" variant="light" role="alert">
          {result.problem
            ? t('audit.verify.broken', { seq: result.firstBrokenSeq, problem: t(`audit.verify.problems.${result.problem}`) })
            : result.keyUnused
              ? t('audit.verify.keyUnused', { keyId: result.keyId })
              : t('audit.verify.witnessDisagrees')}
        </Alert>
      )}
      {result && <AuditVerificationReport result={result} />}
      <CheckNotedFingerprint />
    </Stack>
  );
}
