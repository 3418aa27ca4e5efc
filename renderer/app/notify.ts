import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { AppError } from '../../shared/errors';
import i18n from '../i18n';
import { describeError } from './errors';

// Short-lived messages after an action; failures that need reading stay until closed.

export function notifySuccess(message: string): void {
  notifications.show({ message, autoClose: 4000, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}

export function notifyError(t: TFunction, error: AppError): void {
  const { title, message } = describeError(t, error);
  notifications.show({ title, message, color: 'red', autoClose: false, closeButtonProps: { 'aria-label': i18n.t('common.close') } });
}
