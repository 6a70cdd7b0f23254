import { CheckboxGroup as AriaCheckboxGroup, Checkbox, Label, Text } from 'react-aria-components';

export interface CheckboxOption {
  id: string;
  label: string;
  /** A second line under the label (an identifier, a description). */
  detail?: string;
}

export interface CheckboxGroupProps {
  label: string;
  options: ReadonlyArray<CheckboxOption>;
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: string;
  isDisabled?: boolean;
}

/** A labelled group of checkboxes; the value is the ids of the checked options. */
export function CheckboxGroup({ label, options, value, onChange, description, isDisabled }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup className="field checkbox-group" value={[...value]} onChange={onChange} isDisabled={isDisabled}>
      <Label className="checkbox-group-label">{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      {options.map((option) => (
        <Checkbox key={option.id} value={option.id} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          <span className="checkbox-text">
            {option.label}
            {option.detail && <span className="checkbox-detail">{option.detail}</span>}
          </span>
        </Checkbox>
      ))}
    </AriaCheckboxGroup>
  );
}
