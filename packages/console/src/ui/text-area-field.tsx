import './choice-controls.css';
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Label,
  Text,
  TextArea,
} from 'react-aria-components';

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'className' | 'isInvalid'> {
  label: string;
  description?: string;
  error?: string;
  rows?: number;
  /** Monospaced, for code such as CSS. */
  code?: boolean;
}

/** A multi-line text field, its error under it and announced with it. */
export function TextAreaField({ label, description, error, rows = 4, code, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} className="field" isInvalid={error !== undefined} validationBehavior="aria">
      <Label>{label}</Label>
      <TextArea className={code ? 'input text-area code-input' : 'input text-area'} rows={rows} spellCheck={!code} />
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
