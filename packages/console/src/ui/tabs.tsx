import './choice-controls.css';
import type { ReactNode } from 'react';
import {
  Tab as AriaTab,
  TabList as AriaTabList,
  TabPanel as AriaTabPanel,
  Tabs as AriaTabs,
  type Key,
} from 'react-aria-components';

/** Tabs whose selection the page holds (so it can switch to the tab of an error). */
export function Tabs<K extends string>(props: { selected: K; onChange: (tab: K) => void; children: ReactNode }) {
  return (
    <AriaTabs className="tabs" selectedKey={props.selected} onSelectionChange={(key: Key) => props.onChange(key as K)}>
      {props.children}
    </AriaTabs>
  );
}

export function TabList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <AriaTabList className="tab-list" aria-label={label}>
      {children}
    </AriaTabList>
  );
}

export function Tab({ id, children }: { id: string; children: ReactNode }) {
  return (
    <AriaTab id={id} className="tab">
      {children}
    </AriaTab>
  );
}

/** A panel stays mounted while hidden, so its fields keep their state and errors. */
export function TabPanel({ id, children }: { id: string; children: ReactNode }) {
  return (
    <AriaTabPanel id={id} className="tab-panel" shouldForceMount>
      {children}
    </AriaTabPanel>
  );
}
