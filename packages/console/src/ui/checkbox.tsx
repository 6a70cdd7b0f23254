import './choice-controls.css';
import { useId } from 'react';
import { Checkbox as AriaCheckbox, type CheckboxProps as AriaCheckboxProps } from 'react-aria-components';

export interface CheckboxProps extends Omit<AriaCheckboxProps, 'className' | 'children'> {
  label: string;
  /** A line under the label, read with it (`aria-describedby`). */
  description?: string;
}

/** A labelled checkbox; in a CheckboxGroup it takes `value` and the group holds the state. */
export function Checkbox({ label, description, ...props }: CheckboxProps) {
  const descriptionId = useId();
  return (
    <div className="checkbox-field">
      <AriaCheckbox {...props} className="checkbox" aria-describedby={description ? descriptionId : undefined}>
        {({ isSelected }) => (
          <>
            <span className="checkbox-box" aria-hidden="true">
              {isSelected ? '✓' : ''}
            </span>
            <span>{label}</span>
          </>
        )}
      </AriaCheckbox>
      {description && (
        <span id={descriptionId} className="checkbox-description">
          {description}
        </span>
      )}
    </div>
  );
}
