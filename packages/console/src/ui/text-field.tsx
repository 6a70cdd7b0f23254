import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Input,
  Label,
  Text,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'className' | 'isInvalid'> {
  label: string;
  description?: string;
  /** The field's error (from zod or from the API), shown under it and announced with it. */
  error?: string;
}

export function TextField({ label, description, error, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className="field" isInvalid={error !== undefined} validationBehavior="aria">
      <Label>{label}</Label>
      <Input className="input" />
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">{error}</FieldError>
    </AriaTextField>
  );
}
