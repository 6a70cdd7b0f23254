import type { ReactNode } from 'react';
import { CopyButton } from './copy-button';
import './code-block.css';

/**
 * Code under a caption with a copy button, in plain <pre><code> (focusable, so keyboard users
 * can scroll long lines). `label` names the figure when the caption alone would not.
 */
export function CodePanel(props: { caption: ReactNode; text: string; copyLabel: string; label?: string }) {
  return (
    <figure className="code-block" aria-label={props.label}>
      <figcaption className="code-caption">
        <span>{props.caption}</span>
        <CopyButton value={props.text} label={props.copyLabel} />
      </figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard */}
      <pre className="code" tabIndex={0}>
        <code>{props.text}</code>
      </pre>
    </figure>
  );
}
