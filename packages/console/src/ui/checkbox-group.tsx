import './choice-controls.css';
import type { ReactNode } from 'react';
import { CheckboxGroup as AriaCheckboxGroup, FieldError, Label, Text } from 'react-aria-components';

export interface CheckboxGroupProps {
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
  description?: string;
  /** The group's error (from zod or from the API), shown under it and announced with it. */
  error?: string;
  /** Content after the error (a link that fixes it). */
  errorAction?: ReactNode;
  isReadOnly?: boolean;
  children: ReactNode;
}

/** Checkboxes under one label, with one error for the group. */
export function CheckboxGroup({ label, description, error, errorAction, children, ...props }: CheckboxGroupProps) {
  return (
    <AriaCheckboxGroup
      {...props}
      className="field checkbox-group"
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="group-label">{label}</Label>
      <div className="checkbox-row">{children}</div>
      {description && <Text slot="description">{description}</Text>}
      <FieldError className="field-error">
        {error} {errorAction}
      </FieldError>
    </AriaCheckboxGroup>
  );
}
