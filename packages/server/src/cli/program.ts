import fs from 'node:fs';
import { Command } from 'commander';
import { fromServerPackage } from '../package-dir.js';
import { registerAdminCommands } from './admins.js';
import { registerAppCommands, registerM2mCommands } from './apps.js';
import { registerBackupCommands } from './backup.js';
import { registerConnectorCommands } from './connectors.js';
import { registerKeyCommands } from './keys.js';
import { registerUserCommands } from './users.js';

/** The `tessera` command tree. It reads the same env vars as the server (see README). */
export function createProgram(): Command {
  const { version } = JSON.parse(fs.readFileSync(fromServerPackage('package.json'), 'utf8'));
  const program = new Command('tessera')
    .version(version)
    .description('Tessera administration: applications, users and signing keys (reads the server configuration)')
    .showHelpAfterError('(add --help for usage)');
  registerM2mCommands(program);
  registerAppCommands(program);
  registerUserCommands(program);
  registerKeyCommands(program);
  registerAdminCommands(program);
  registerConnectorCommands(program);
  registerBackupCommands(program);
  return program;
}
