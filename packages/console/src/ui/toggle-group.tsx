import './choice-controls.css';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';

export interface ToggleGroupProps<V extends string> {
  /** The group's accessible name, e.g. "Preview theme". */
  label: string;
  options: ReadonlyArray<{ id: V; label: string }>;
  value: V;
  onChange: (value: V) => void;
}

/** A row of buttons of which exactly one is pressed (a view switch, not a form value). */
export function ToggleGroup<V extends string>({ label, options, value, onChange }: ToggleGroupProps<V>) {
  return (
    <ToggleButtonGroup
      className="toggle-group"
      aria-label={label}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[value]}
      onSelectionChange={(keys) => {
        const [next] = [...keys];
        if (next !== undefined) onChange(next as V);
      }}
    >
      {options.map((option) => (
        <ToggleButton key={option.id} id={option.id} className="toggle-button">
          {option.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
