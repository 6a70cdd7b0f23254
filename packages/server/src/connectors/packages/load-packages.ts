import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connector, ConnectorMetadata } from '../kit/index.js';
import { type EgressSettings, installEgress } from './egress.js';
import { type AdapterOptions, adaptKitConnector, type CreateKitConnector, checkKitConnector } from './kit-adapter.js';

/**
 * Connector packages installed by the operator in the connectors directory (an npm prefix:
 * `package.json` listing them, `node_modules` holding them, as `tessera connector add` leaves
 * it). Every dependency named `connector-*` or `@scope/connector-*` is imported and checked as
 * Logto's loader does; one that fails is reported and skipped, the others still load.
 */
export interface LoadedPackage {
  packageName: string;
  version: string;
  connector: Connector;
}

export interface FailedPackage {
  packageName: string;
  error: string;
}

const connectorPackageName = /^(@[a-z0-9][\w.-]*\/)?connector-[\w.-]+$/;

type PackageJson = {
  name?: string;
  version?: string;
  main?: string;
  module?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
};

const readJson = (file: string): PackageJson => JSON.parse(fs.readFileSync(file, 'utf8')) as PackageJson;

/** The names of the connector packages the directory's package.json lists. */
export function listedPackages(directory: string): string[] {
  const manifest = path.join(directory, 'package.json');
  if (!fs.existsSync(manifest)) return [];
  return Object.keys(readJson(manifest).dependencies ?? {}).filter((name) => connectorPackageName.test(name));
}

/** The ESM entry of a package: `exports` (".", import/default), then module, then main. */
function entryOf(pkg: PackageJson): string {
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      return pick(record['.'] ?? record.import ?? record.node ?? record.default);
    }
    return undefined;
  };
  return pick(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
}

const mimeByExtension: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg' };

/** Logto inlines a relative logo as a data URL and a relative README as its text; URLs stay as they are. */
function inlineFile(root: string, value: unknown, as: 'dataUrl' | 'text'): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.startsWith('./') && !value.startsWith('../')) return value;
  const file = path.resolve(root, value);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) return undefined;
  if (as === 'text') return fs.readFileSync(file, 'utf8');
  const mime = mimeByExtension[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`;
}

const phrases = (value: unknown, fallback: string) =>
  value && typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string'
    ? (value as ConnectorMetadata['name'])
    : { en: fallback };

async function loadPackage(directory: string, packageName: string, options: AdapterOptions): Promise<LoadedPackage> {
  const root = path.join(directory, 'node_modules', packageName);
  if (!fs.existsSync(path.join(root, 'package.json')))
    throw new Error(
      `it is listed in ${path.join(directory, 'package.json')} but not installed (run npm install there)`,
    );
  const pkg = readJson(path.join(root, 'package.json'));
  const module = (await import(pathToFileURL(path.join(root, entryOf(pkg))).href)) as { default?: unknown };
  // ESM default export, or CommonJS compiled with `exports.default`.
  const exported = module.default as { default?: unknown } | undefined;
  const create = (typeof exported === 'function' ? exported : exported?.default) as CreateKitConnector | undefined;
  if (typeof create !== 'function') throw new Error('it has no default export creating a connector');
  const probe = checkKitConnector(
    await create({ getConfig: () => Promise.reject(new Error('no config while loading')) }),
  );
  const { metadata: raw } = probe;
  const metadata: ConnectorMetadata = {
    id: raw.id,
    target: raw.target,
    platform: probe.type === 'Social' ? ((raw.platform as ConnectorMetadata['platform']) ?? 'Universal') : null,
    name: phrases(raw.name, raw.id),
    description: phrases(raw.description, ''),
    logo: inlineFile(root, raw.logo, 'dataUrl') ?? '',
    logoDark: inlineFile(root, raw.logoDark, 'dataUrl') ?? null,
    readme: inlineFile(root, raw.readme, 'text') ?? String(pkg.name),
    isStandard: raw.isStandard === true,
    // Logto's rule: the package says it supports token storage and has the call that answers tokens.
    isTokenStorageSupported:
      raw.isTokenStorageSupported === true && typeof probe.getTokenResponseAndUserInfo === 'function',
  };
  const version = pkg.version ?? '0.0.0';
  const connector = adaptKitConnector(create, probe, metadata, `${packageName}@${version}`, options);
  return { packageName, version, connector };
}

/** Loads every listed package; failures are returned (and never thrown) so the server still starts. */
export async function loadConnectorPackages(
  directory: string,
  options: { timeoutMs: number; egress: EgressSettings },
): Promise<{ loaded: LoadedPackage[]; failed: FailedPackage[] }> {
  const names = listedPackages(directory);
  // No packages, nothing connects out through them: the egress hooks (and undici) stay unloaded.
  if (names.length > 0) await installEgress();
  const loaded: LoadedPackage[] = [];
  const failed: FailedPackage[] = [];
  for (const packageName of names) {
    try {
      const result = await loadPackage(directory, packageName, options);
      const clash = loaded.find((other) => other.connector.metadata.id === result.connector.metadata.id);
      if (clash)
        throw new Error(`its factory id ${result.connector.metadata.id} is already taken by ${clash.packageName}`);
      loaded.push(result);
    } catch (error) {
      failed.push({ packageName, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { loaded, failed };
}
