import { useEffect, useRef, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { guardLeaving } from '../router/history';
import { Button } from './button';

/** The dialog's words, from the page's area (it knows what would be lost). */
export interface UnsavedChangesText {
  title: string;
  body: string;
  stay: string;
  leave: string;
}

/**
 * Asks before a page with unsaved changes is left: in-console navigation (nav links, Back and
 * Forward) opens a dialog; reloading, closing the tab or leaving the console gets the browser's
 * own question (`beforeunload`). Renders the dialog; put it anywhere in the page.
 */
export function UnsavedChangesGuard({ dirty, text }: { dirty: boolean; text: UnsavedChangesText }) {
  const [pending, setPending] = useState<() => void>();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;

  useEffect(
    () =>
      guardLeaving((_to, proceed) => {
        if (!dirtyRef.current) return false;
        setPending(() => proceed);
        return true;
      }),
    [],
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable
      isOpen={pending !== undefined}
      onOpenChange={(open) => !open && setPending(undefined)}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title">{text.title}</Heading>
          <p>{text.body}</p>
          <div className="dialog-actions">
            <Button variant="primary" autoFocus onPress={() => setPending(undefined)}>
              {text.stay}
            </Button>
            <Button
              variant="danger"
              onPress={() => {
                const proceed = pending;
                setPending(undefined);
                dirtyRef.current = false;
                proceed?.();
              }}
            >
              {text.leave}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
