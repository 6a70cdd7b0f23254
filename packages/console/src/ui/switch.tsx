import { useId } from 'react';
import { Switch as AriaSwitch } from 'react-aria-components';
import './switch.css';

export interface SwitchProps {
  label: string;
  /** What turning it on does, read with the switch. */
  description?: string;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
  /** Disables the switch and says why next to it (a Viewer, a protected record). */
  disabledReason?: string;
  isDisabled?: boolean;
}

/** An on/off setting that applies at once, with its description and any reason it is locked. */
export function Switch({ label, description, isSelected, onChange, disabledReason, isDisabled }: SwitchProps) {
  const descriptionId = useId();
  const reasonId = useId();
  const describedBy = [description && descriptionId, disabledReason && reasonId].filter(Boolean).join(' ');
  return (
    <div className="switch-field">
      <AriaSwitch
        className="switch"
        isSelected={isSelected}
        onChange={onChange}
        isDisabled={isDisabled || disabledReason !== undefined}
        aria-describedby={describedBy || undefined}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {label}
      </AriaSwitch>
      {description && (
        <span id={descriptionId} className="note">
          {description}
        </span>
      )}
      {disabledReason && (
        <span id={reasonId} className="reason">
          {disabledReason}
        </span>
      )}
    </div>
  );
}
