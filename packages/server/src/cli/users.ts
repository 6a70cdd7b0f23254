import { type Command, Option } from 'commander';
import { createUserSchema } from '../users/users.schemas.js';
import { fields, type OutputOptions, parseInput, print, withServices } from './context.js';
import { registerUserTransferCommands } from './users-transfer.js';

interface UserOptions extends OutputOptions {
  username: string;
  password?: string;
  passwordStdin?: boolean;
  email?: string;
  name?: string;
}

/** The whole of stdin, without the one trailing newline `echo` or a here-string adds. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `tessera user create`: validated like POST /api/users; the password is hashed, never printed. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').alias('users').description('users');
  registerUserTransferCommands(user);
  user
    .command('create')
    .description('create a user')
    .requiredOption('--username <username>', 'username')
    .addOption(
      new Option('--password <password>', 'password (visible in the process list: prefer --password-stdin)').conflicts(
        'passwordStdin',
      ),
    )
    .option('--password-stdin', 'read the password from standard input')
    .option('--email <email>', 'primary email')
    .option('--name <name>', 'display name')
    .option('--json', 'print JSON')
    .action((options: UserOptions) =>
      withServices(async (services) => {
        const password = options.passwordStdin ? await readStdin() : options.password;
        const input = parseInput(
          createUserSchema,
          {
            username: options.username,
            ...(password !== undefined && { password }),
            ...(options.email !== undefined && { primaryEmail: options.email }),
            ...(options.name !== undefined && { name: options.name }),
          },
          { username: '--username', password: '--password', primaryEmail: '--email', name: '--name' },
        );
        const shown = await services.users.create(input);
        print(options, shown, () => [
          `Created user "${shown.username}".`,
          ...fields([
            ['id', shown.id],
            ['email', shown.primaryEmail ?? undefined],
            ['name', shown.name ?? undefined],
            ['password', shown.hasPassword ? 'set' : 'none (the user cannot sign in with a password yet)'],
          ]),
        ]);
      }),
    );
}
