import type { TFunction } from 'i18next';
import type { AppError } from '../../../shared/errors';
import { errorSentence } from '../../app/errors';

/**
 * The sentence to show for a refused sign-in or unlock. The core names its sentence with
 * `messageKey` (problems.*), translated here; an older core only marked `details.reason`, which
 * still maps to the same words. Anything else keeps the core's English after the error's title.
 */
export function authFailureMessage(t: TFunction, error: AppError): string {
  if (error.messageKey) return errorSentence(t, error);
  const details = (error.details ?? {}) as { reason?: string; waitSeconds?: number };
  if (details.reason === 'signInFailed') return t('auth.signIn.failed');
  if (details.reason === 'throttled') return t('auth.signIn.throttled', { seconds: details.waitSeconds ?? 30 });
  if (details.reason === 'wrongPassword') return t('auth.wrongPassword');
  return `${t(`errors.${error.code}`, { defaultValue: t('errors.internal') })} ${error.message}`;
}
