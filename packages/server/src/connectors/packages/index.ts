import fs from 'node:fs';
import type { Connector } from '../kit/index.js';
import { type FailedPackage, type LoadedPackage, loadConnectorPackages } from './load-packages.js';

export { type FailedPackage, type LoadedPackage, listedPackages, loadConnectorPackages } from './load-packages.js';

export interface ConnectorPackagesConfig {
  directory: string;
  proxy?: string;
  caFile?: string;
}

/** Reads the egress settings: a CA file that cannot be read stops the start, as any bad setting does. */
export function egressSettings(config: ConnectorPackagesConfig) {
  let ca: string | undefined;
  if (config.caFile) {
    try {
      ca = fs.readFileSync(config.caFile, 'utf8');
    } catch (error) {
      throw new Error(`TESSERA_CONNECTOR_CA_FILE cannot be read: ${(error as Error).message}`);
    }
  }
  return { proxy: config.proxy ? new URL(config.proxy) : undefined, ca };
}

/**
 * The built-in connectors and the installed packages; a package with the factory id of a
 * built-in connector replaces it (the operator installed it on purpose).
 */
export async function loadInstalledConnectors(
  builtIn: Connector[],
  config: ConnectorPackagesConfig,
  timeoutMs: number,
): Promise<{ connectors: Connector[]; loaded: LoadedPackage[]; failed: FailedPackage[]; replaced: string[] }> {
  const { loaded, failed } = await loadConnectorPackages(config.directory, {
    timeoutMs,
    egress: egressSettings(config),
  });
  const packaged = new Set(loaded.map(({ connector }) => connector.metadata.id));
  const replaced = builtIn.filter(({ metadata }) => packaged.has(metadata.id)).map(({ metadata }) => metadata.id);
  const connectors = [
    ...builtIn.filter(({ metadata }) => !packaged.has(metadata.id)),
    ...loaded.map((p) => p.connector),
  ];
  return { connectors, loaded, failed, replaced };
}
