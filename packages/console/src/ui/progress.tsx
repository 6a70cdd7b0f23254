import { ProgressBar } from 'react-aria-components';

/** A named busy indicator; with `value` (0–100) it shows how far along the work is. */
export function Progress({ label, value }: { label: string; value?: number }) {
  return (
    <ProgressBar className="progress" isIndeterminate={value === undefined} value={value} aria-label={label}>
      {({ percentage, isIndeterminate }) => (
        <>
          <span className="progress-label">{label}</span>
          <span className="progress-track" aria-hidden="true">
            {/* Set through the CSSOM by React, which the CSP allows (unlike a style attribute in HTML). */}
            <span className="progress-fill" style={isIndeterminate ? undefined : { width: `${percentage}%` }} />
          </span>
        </>
      )}
    </ProgressBar>
  );
}
