import { type ReactNode, useId } from 'react';
import { CopyButton } from './copy-button';
import { TextField } from './text-field';
import './shown-once.css';

export interface ShownOnceProps {
  title: string;
  /** Why this is the only time, and what to do if it is lost. */
  warning: string;
  /** The value's name, for its field and its copy button. */
  label: string;
  value: string;
  children?: ReactNode;
}

/**
 * A credential the console shows this one time (a generated password, a client secret): read-only
 * in a field, with a copy button and the warning that it cannot be shown again.
 */
export function ShownOnce({ title, warning, label, value, children }: ShownOnceProps) {
  const headingId = useId();
  return (
    <section className="shown-once" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="shown-once-warning">{warning}</p>
      <div className="shown-once-value">
        <TextField label={label} value={value} isReadOnly spellCheck="false" autoComplete="off" />
        <CopyButton value={value} label={label} />
      </div>
      {children}
    </section>
  );
}
