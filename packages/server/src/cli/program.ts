import fs from 'node:fs';
import { Command } from 'commander';
import { registerAdminCommands } from './admins.js';
import { registerAppCommands, registerM2mCommands } from './apps.js';
import { registerBackupCommands } from './backup.js';
import { registerConnectorCommands } from './connectors.js';
import { registerKeyCommands } from './keys.js';
import { registerUserCommands } from './users.js';

/** The `tessera` command tree. It reads the same env vars as the server (see README). */
export function createProgram(): Command {
  const { version } = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
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
