import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useI18n } from '../i18n/i18n';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import type { Change } from './describe-changes';

/** Changed settings as a table: the setting, its value before, its value after. */
export function ChangeTable({ changes, caption }: { changes: readonly Change[]; caption: string }) {
  const { t } = useI18n();
  return (
    <table className="sie-changes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('signInExperience.changes.setting')}</th>
          <th scope="col">{t('signInExperience.changes.before')}</th>
          <th scope="col">{t('signInExperience.changes.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{change.label}</th>
            <td>{change.before}</td>
            <td>{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Before saving: what will change, with Save and Cancel. */
export function ReviewChangesDialog(props: {
  changes: readonly Change[] | undefined;
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useI18n();
  const changes = props.changes ?? [];
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable={!props.pending}
      isOpen={props.changes !== undefined}
      onOpenChange={(open) => !open && props.onCancel()}
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">{t('signInExperience.review.title')}</Heading>
          <ChangeTable changes={changes} caption={t('signInExperience.review.caption', { count: changes.length })} />
          {props.pending && <Progress label={t('signInExperience.save.saving')} />}
          <div className="dialog-actions">
            <Button onPress={props.onCancel} isDisabled={props.pending}>
              {t('signInExperience.review.back')}
            </Button>
            <Button variant="primary" onPress={props.onConfirm} isDisabled={props.pending} autoFocus>
              {t('signInExperience.review.confirm')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
