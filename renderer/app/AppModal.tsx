import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

/**
 * A Mantine Modal that lets go of focus and scrolling while the screen is locked: the modal
 * stays open (hidden, with its half-filled form) behind the lock screen, which must keep the keyboard.
 */
export function AppModal(props: ModalProps) {
  const { session } = useSession();
  const { t } = useTranslation();
  return <Modal centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }} {...props} trapFocus={!session.locked} lockScroll={!session.locked} closeOnEscape={!session.locked} />;
}
