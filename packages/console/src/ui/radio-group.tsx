import './choice-controls.css';
import { RadioGroup as AriaRadioGroup, FieldError, Label, Radio, Text } from 'react-aria-components';

export interface RadioOption<V extends string> {
  id: V;
  label: string;
  description?: string;
}

export interface RadioGroupProps<V extends string> {
  label: string;
  options: ReadonlyArray<RadioOption<V>>;
  value: V;
  onChange: (value: V) => void;
  error?: string;
  isReadOnly?: boolean;
}

/** One choice among a few, each option with an optional line of explanation. */
export function RadioGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  error,
  isReadOnly,
}: RadioGroupProps<V>) {
  return (
    <AriaRadioGroup
      className="field radio-group"
      value={value}
      onChange={(next) => onChange(next as V)}
      isInvalid={error !== undefined}
      isReadOnly={isReadOnly}
      validationBehavior="aria"
    >
      <Label className="group-label">{label}</Label>
      {options.map((option) => (
        <Radio key={option.id} value={option.id} className="radio">
          <span className="radio-dot" aria-hidden="true" />
          <span className="radio-text">
            <span>{option.label}</span>
            {option.description && <Text className="radio-description">{option.description}</Text>}
          </span>
        </Radio>
      ))}
      <FieldError className="field-error">{error}</FieldError>
    </AriaRadioGroup>
  );
}
