import { type FormEvent, type ReactNode, useState } from 'react';
import { Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { errorMessage } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { Button, type ButtonProps } from './button';
import { Progress } from './progress';
import './form-dialog.css';

export interface FormDialogProps {
  /** The button that opens the dialog, e.g. "Create API resource". */
  triggerLabel: string;
  triggerVariant?: ButtonProps['variant'];
  /** A Viewer's explanation; the trigger is then disabled. */
  disabledReason?: string;
  title: string;
  /** The form, mounted afresh at each opening (so it starts empty); `close` ends the dialog. */
  children: (close: () => void) => ReactNode;
}

/** A button that opens a modal form. Escape or Cancel closes it; focus returns to the button. */
export function FormDialog(props: FormDialogProps) {
  return (
    <DialogTrigger>
      <Button variant={props.triggerVariant ?? 'primary'} disabledReason={props.disabledReason}>
        {props.triggerLabel}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal modal-form">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                {props.children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

export interface DialogFormProps {
  submitLabel: string;
  /**
   * Runs on submit: resolve `true` when done (the dialog closes), `false` when the fields show
   * what to fix. A thrown error is shown above the buttons, in words.
   */
  onSubmit: () => Promise<boolean>;
  onClose: () => void;
  children: ReactNode;
}

/** The fields and buttons of a FormDialog, with its busy state and a failure that names no field. */
export function DialogForm({ submitLabel, onSubmit, onClose, children }: DialogFormProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFailure(undefined);
    try {
      const done = await onSubmit();
      if (done) onClose();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <Form className="dialog-form" onSubmit={submit} validationBehavior="aria">
      {children}
      {failure && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
      {pending && <Progress label={t('dialog.working')} />}
      <div className="dialog-actions">
        <Button onPress={onClose} isDisabled={pending}>
          {t('dialog.cancel')}
        </Button>
        <Button type="submit" variant="primary" isDisabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}
