import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster.js';

const buildConsole = path.resolve(fileURLToPath(import.meta.url), '../../../../../scripts/build-console.mjs');

/**
 * The console tests serve packages/console/dist: it is rebuilt here when its sources changed (a
 * hash check otherwise). With TEST_POSTGRES=1 the whole suite runs against one throwaway cluster
 * (a database per server).
 */
export default async function setup(project: TestProject) {
  execFileSync(process.execPath, [buildConsole], { stdio: 'inherit' });
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
