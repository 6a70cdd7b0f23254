import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { type OutputOptions, print } from './context.js';

/**
 * `tessera connector add|list|remove`: connector packages (Logto's `@logto/connector-*` or any
 * package built on `@logto/connector-kit`) installed with npm into the connectors directory,
 * which the server loads at start. Installing is the operator's decision: packages are code
 * that runs inside Tessera, and nothing is ever installed at runtime.
 */
function connectorsDirectory(): string {
  const directory = loadConfig().connectorPackages.directory;
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const manifest = path.join(directory, 'package.json');
  if (!fs.existsSync(manifest))
    fs.writeFileSync(
      manifest,
      `${JSON.stringify({ name: 'tessera-connectors', private: true, description: 'Connector packages loaded by Tessera' }, null, 2)}\n`,
    );
  return directory;
}

/** Runs npm in the connectors directory; install scripts never run. */
function npm(directory: string, args: string[]): Promise<void> {
  const command = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const flags = [
    '--prefix',
    directory,
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--omit=dev',
    '--loglevel=error',
  ];
  return new Promise((resolve, reject) => {
    execFile(
      command,
      [...args, ...flags],
      { cwd: directory, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`npm ${args[0]} failed: ${stderr.trim() || error.message}`));
        else resolve();
      },
    );
  });
}

/** Loads what the directory holds, as the server will at start. */
async function inspect(directory: string) {
  const config = loadConfig();
  const { loadConnectorPackages } = await import('../connectors/packages/index.js');
  const { loaded, failed } = await loadConnectorPackages(directory, {
    timeoutMs: config.connectorProviders.timeoutMs,
    egress: {},
  });
  return {
    directory,
    loaded: loaded.map(({ packageName, version, connector }) => ({
      package: packageName,
      version,
      factoryId: connector.metadata.id,
      type: connector.type,
      name: connector.metadata.name.en,
    })),
    failed: failed.map(({ packageName, error }) => ({ package: packageName, error })),
  };
}

type Inspection = Awaited<ReturnType<typeof inspect>>;

const lines = ({ directory, loaded, failed }: Inspection): string[] => [
  `Connector packages in ${directory}:`,
  ...(loaded.length === 0 && failed.length === 0 ? ['  (none)'] : []),
  ...loaded.map((p) => `  ${p.package}@${p.version}  factory ${p.factoryId} (${p.type}, ${p.name})`),
  ...failed.map((p) => `  ${p.package}  NOT LOADED: ${p.error}`),
];

const packageName = (spec: string) => spec.replace(/^(@[^/@]+\/[^@]+|[^@]+)@.*$/, '$1');

export function registerConnectorCommands(program: Command): void {
  const connector = program
    .command('connector')
    .description('connector packages (Logto connector-kit packages from the npm registry), loaded at start');
  connector
    .command('add')
    .description('install connector packages from the npm registry into the connectors directory')
    .argument('<packages...>', 'package names, optionally with a version (e.g. @logto/connector-twilio-sms@1.4.4)')
    .option('--json', 'print JSON')
    .action(async (packages: string[], options: OutputOptions) => {
      const directory = connectorsDirectory();
      await npm(directory, ['install', '--save', ...packages]);
      const result = await inspect(directory);
      const { failed } = result;
      print(options, result, () => [
        ...lines(result),
        '',
        failed.length > 0
          ? 'Installed, but some packages cannot be loaded (see above); the server skips them.'
          : 'Restart Tessera to load them.',
      ]);
      if (failed.length > 0) process.exitCode = 1;
    });
  connector
    .command('list')
    .description('list the installed connector packages and whether they load')
    .option('--json', 'print JSON')
    .action(async (options: OutputOptions) => {
      const result = await inspect(connectorsDirectory());
      print(options, result, () => lines(result));
      if (result.failed.length > 0) process.exitCode = 1;
    });
  connector
    .command('remove')
    .description('uninstall connector packages from the connectors directory')
    .argument('<packages...>', 'package names')
    .option('--json', 'print JSON')
    .action(async (packages: string[], options: OutputOptions) => {
      const directory = connectorsDirectory();
      await npm(directory, ['uninstall', '--save', ...packages.map(packageName)]);
      const result = await inspect(directory);
      print(options, result, () => [...lines(result), '', 'Restart Tessera to unload them.']);
    });
}
