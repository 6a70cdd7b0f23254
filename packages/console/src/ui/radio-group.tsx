import { RadioGroup as AriaRadioGroup, Label, Radio } from 'react-aria-components';

export interface RadioOption<K extends string> {
  id: K;
  label: string;
  /** A line under the option's label, read with it. */
  description?: string;
}

export interface RadioGroupProps<K extends string> {
  label: string;
  options: ReadonlyArray<RadioOption<K>>;
  value: K;
  onChange: (value: K) => void;
  isDisabled?: boolean;
}

/** One choice among a few, all visible: the arrow keys move between the options, Tab leaves the group. */
export function RadioGroup<K extends string>({ label, options, value, onChange, isDisabled }: RadioGroupProps<K>) {
  return (
    <AriaRadioGroup
      className="field radio-group"
      value={value}
      onChange={(next) => onChange(next as K)}
      isDisabled={isDisabled}
    >
      <Label>{label}</Label>
      {options.map((option) => (
        <Radio key={option.id} value={option.id} className="radio">
          <span className="radio-mark" aria-hidden="true" />
          <span className="radio-text">
            <span>{option.label}</span>
            {option.description && <span className="radio-description">{option.description}</span>}
          </span>
        </Radio>
      ))}
    </AriaRadioGroup>
  );
}
