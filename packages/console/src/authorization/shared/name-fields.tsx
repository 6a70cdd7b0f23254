import { useI18n } from '../../i18n/i18n';
import { TextField } from '../../ui/text-field';

export interface NameFieldsProps {
  nameLabel: string;
  nameHelp?: string;
  name: string;
  onName: (value: string) => void;
  description: string;
  onDescription: (value: string) => void;
  /** Field errors by field name (`name`, `description`). */
  errors: Record<string, string>;
  /** A Viewer's settings: shown, not editable. */
  isReadOnly?: boolean;
  /** In a dialog the name field takes the focus. */
  autoFocus?: boolean;
}

/** The name and description every record of this area has, with their errors next to them. */
export function NameFields(props: NameFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={props.nameLabel}
        description={props.nameHelp}
        value={props.name}
        onChange={props.onName}
        error={props.errors.name}
        isReadOnly={props.isReadOnly}
        autoFocus={props.autoFocus}
      />
      <TextField
        label={t('authorization.description')}
        value={props.description}
        onChange={props.onDescription}
        error={props.errors.description}
        isReadOnly={props.isReadOnly}
      />
    </>
  );
}
