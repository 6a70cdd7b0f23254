import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster.js';

/** With TEST_POSTGRES=1 the whole suite runs against one throwaway cluster (a database per server). */
export default async function setup(project: TestProject) {
  if (process.env.TEST_POSTGRES !== '1') return undefined;
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | undefined;
  }
}
