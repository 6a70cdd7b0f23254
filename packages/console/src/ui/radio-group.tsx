import './choice-controls.css';
import { useId } from 'react';
import { RadioGroup as AriaRadioGroup, FieldError, Label, Radio } from 'react-aria-components';

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
  isDisabled?: boolean;
}

/** One choice among a few, each option with an optional line of explanation. */
export function RadioGroup<V extends string>({
  label,
  options,
  value,
  onChange,
  error,
  isReadOnly,
  isDisabled,
}: RadioGroupProps<V>) {
  const id = useId();
  return (
    <AriaRadioGroup
      className="field radio-group"
      value={value}
      onChange={(next) => onChange(next as V)}
      isInvalid={error !== undefined}
      isReadOnly={isReadOnly}
      isDisabled={isDisabled}
      validationBehavior="aria"
    >
      <Label className="group-label">{label}</Label>
      {options.map((option) => {
        const descriptionId = `${id}-${option.id}`;
        return (
          <div key={option.id} className="radio-option">
            <Radio
              value={option.id}
              className="radio"
              aria-describedby={option.description ? descriptionId : undefined}
            >
              <span className="radio-dot" aria-hidden="true" />
              <span>{option.label}</span>
            </Radio>
            {option.description && (
              <span id={descriptionId} className="radio-description">
                {option.description}
              </span>
            )}
          </div>
        );
      })}
      <FieldError className="field-error">{error}</FieldError>
    </AriaRadioGroup>
  );
}
