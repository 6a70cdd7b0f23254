import { useId } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  /** Disables the button and says why next to it (a Viewer's write controls). */
  disabledReason?: string;
}

export function Button({ variant = 'secondary', disabledReason, isDisabled, ...props }: ButtonProps) {
  const reasonId = useId();
  const button = (
    <AriaButton
      {...props}
      className={`button button-${variant}`}
      isDisabled={isDisabled || disabledReason !== undefined}
      aria-describedby={disabledReason ? reasonId : props['aria-describedby']}
    />
  );
  if (disabledReason === undefined) return button;
  return (
    <span className="with-reason">
      {button}
      <span id={reasonId} className="reason">
        {disabledReason}
      </span>
    </span>
  );
}
