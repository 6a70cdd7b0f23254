import type { ReactNode } from 'react';
import { Tabs as AriaTabs, Tab, TabList, TabPanel } from 'react-aria-components';
import './record-tabs.css';

export interface TabItem {
  id: string;
  title: string;
  content: ReactNode;
}

/** Sections of one record; arrow keys move between tabs, and only the chosen panel is mounted. */
export function RecordTabs({ label, tabs }: { label: string; tabs: readonly TabItem[] }) {
  return (
    <AriaTabs className="record-tabs">
      <TabList className="record-tab-list" aria-label={label} items={tabs}>
        {(tab) => <Tab className="record-tab">{tab.title}</Tab>}
      </TabList>
      {tabs.map((tab) => (
        <TabPanel key={tab.id} id={tab.id} className="record-tab-panel">
          {tab.content}
        </TabPanel>
      ))}
    </AriaTabs>
  );
}
