import { type ReactNode, useState } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { errorMessage } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Button } from './button';
import { Progress } from './progress';

export interface ConfirmDialogProps {
  /** The button that opens the dialog, e.g. "Delete application". */
  triggerLabel: string;
  title: string;
  /** What will be lost, item by item; the dialog names it before anything happens. */
  losses: readonly ReactNode[];
  /** Replaces "This will be lost:" for an action that takes nothing away (reinstating, say). */
  intro?: string;
  /** `primary` for such an action; destructive ones stay `danger`. */
  variant?: 'danger' | 'primary';
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  /** A Viewer's explanation; the trigger is then disabled. */
  disabledReason?: string;
}

/** Asks before a destructive action and says exactly what it destroys; a failure stays in the dialog. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const variant = props.variant ?? 'danger';
  return (
    <DialogTrigger onOpenChange={() => setFailure(undefined)}>
      <Button variant={variant} disabledReason={props.disabledReason}>
        {props.triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!pending}>
        <Modal className="modal">
          <Dialog role="alertdialog" className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                <p>{props.intro ?? t('dialog.lost')}</p>
                {props.losses.length > 0 && (
                  <ul className="losses">
                    {props.losses.map((loss, index) => (
                      // The list is fixed while the dialog is open.
                      // biome-ignore lint/suspicious/noArrayIndexKey: no other identity
                      <li key={index}>{loss}</li>
                    ))}
                  </ul>
                )}
                {failure && (
                  <p role="alert" className="field-error">
                    {failure}
                  </p>
                )}
                {pending && <Progress label={t('dialog.working')} />}
                <div className="dialog-actions">
                  <Button onPress={close} isDisabled={pending}>
                    {t('dialog.cancel')}
                  </Button>
                  <Button
                    variant={variant}
                    isDisabled={pending}
                    onPress={async () => {
                      setPending(true);
                      setFailure(undefined);
                      try {
                        await props.onConfirm();
                        close();
                      } catch (error) {
                        setFailure(errorMessage(error));
                      } finally {
                        setPending(false);
                      }
                    }}
                  >
                    {props.confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
