import { NumberField as AriaNumberField, FieldError, Input, Label, Text } from 'react-aria-components';

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  minValue?: number;
  maxValue?: number;
  description?: string;
  error?: string;
  isReadOnly?: boolean;
}

/** A whole number typed or stepped with the arrow keys; a cleared field keeps the last number. */
export function NumberField({ label, description, error, onChange, ...props }: NumberFieldProps) {
  return (
    <AriaNumberField
      {...props}
      className="field number-field"
      step={1}
      formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
      onChange={(next) => Number.isFinite(next) && onChange(next)}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Input className="input" />
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">{error}</FieldError>
    </AriaNumberField>
  );
}
