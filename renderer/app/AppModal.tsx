import { Alert, Button, Group, Modal, type ModalProps } from '@mantine/core';
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';
import { useUnsavedWork } from './unsavedWork';

/** The close of the dialog a form sits in, asking first when the dialog holds unsaved typing (FormActions' Cancel uses it). */
const GuardedCloseContext = createContext<(() => void) | null>(null);
export const useGuardedClose = () => useContext(GuardedCloseContext);

/**
 * A Mantine Modal that lets go of focus and scrolling while the screen is locked: the modal
 * stays open (hidden, with its half-filled form) behind the lock screen, which must keep the keyboard.
 * With `unsavedChanges`, closing it (Escape, the close button, Cancel) first asks inside the
 * dialog whether to drop what was typed; "Keep editing" leaves the form as it was.
 */
export function AppModal({ unsavedChanges = false, onClose, children, ...props }: ModalProps & { unsavedChanges?: boolean }) {
  const { session } = useSession();
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  useUnsavedWork(props.opened && unsavedChanges);
  const requestClose = () => (unsavedChanges ? setAsking(true) : onClose());
  const close = () => {
    setAsking(false);
    onClose();
  };
  return (
    <Modal centered size="lg" closeButtonProps={{ 'aria-label': t('common.close') }} {...props} onClose={requestClose} trapFocus={!session.locked} lockScroll={!session.locked} closeOnEscape={!session.locked}>
      {asking && <DiscardPrompt onKeep={() => setAsking(false)} onDiscard={close} />}
      <GuardedCloseContext.Provider value={unsavedChanges ? requestClose : null}>{children}</GuardedCloseContext.Provider>
    </Modal>
  );
}

function DiscardPrompt({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const keep = useRef<HTMLButtonElement>(null);
  // The question takes the keyboard at once: Enter keeps the typing, the safe answer.
  useEffect(() => keep.current?.focus(), []);
  return (
    <Alert color="orange" title={t('common.discardTyping.title')} mb="md">
      {t('common.discardTyping.message')}
      <Group mt="sm">
        <Button ref={keep} variant="default" onClick={onKeep}>
          {t('common.unsavedChanges.stay')}
        </Button>
        <Button color="red" onClick={onDiscard}>
          {t('common.discardTyping.discard')}
        </Button>
      </Group>
    </Alert>
  );
}
