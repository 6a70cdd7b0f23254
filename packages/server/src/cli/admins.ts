import { type Command, Option } from 'commander';
import { RequestError } from '../http/request-error.js';
import { type AdminRole, adminRoles } from '../realm/admin-seed.js';
import { createUserSchema } from '../users/users.schemas.js';
import { fields, type OutputOptions, parseInput, print, withServices } from './context.js';
import { readStdin } from './users.js';

interface AdminOptions extends OutputOptions {
  username: string;
  passwordStdin?: boolean;
  email?: string;
  name?: string;
  role: AdminRole;
}

/** Clearer words for the one mistake an operator makes most: the administrator exists already. */
function explainDuplicate(error: unknown): never {
  if (error instanceof RequestError && error.code === 'user.username_already_in_use')
    throw new RequestError(error.code, error.status, {
      message: 'An administrator with this username already exists.',
    });
  if (error instanceof RequestError && error.code === 'user.email_already_in_use')
    throw new RequestError(error.code, error.status, { message: 'An administrator with this email already exists.' });
  throw error;
}

/**
 * `tessera admin create`: an administrator of the admin realm (the console's users, apart from
 * end users), with one role. It works at any time, so it is also the recovery path.
 */
export function registerAdminCommands(program: Command): void {
  const admin = program.command('admin').description('administrators (the admin realm, separate from end users)');
  admin
    .command('create')
    .description('create an administrator')
    .requiredOption('--username <username>', 'username')
    .option('--password-stdin', 'read the password from standard input (required; at least 12 characters)')
    .option('--email <email>', 'primary email')
    .option('--name <name>', 'display name')
    .addOption(new Option('--role <role>', 'role').choices(Object.keys(adminRoles)).default('owner'))
    .option('--json', 'print JSON')
    .action((options: AdminOptions) =>
      withServices(async (services) => {
        // Administrators sign in with a password only; one passed as an argument would show in the process list.
        if (!options.passwordStdin)
          throw new RequestError('guard.invalid_input', 400, {
            message: '--password-stdin: an administrator needs a password, read from standard input',
          });
        const password = await readStdin();
        const input = parseInput(
          createUserSchema,
          {
            username: options.username,
            password,
            ...(options.email !== undefined && { primaryEmail: options.email }),
            ...(options.name !== undefined && { name: options.name }),
          },
          { username: '--username', password: '--password-stdin', primaryEmail: '--email', name: '--name' },
        );
        const shown = await services.admins.create({ ...input, role: options.role }).catch(explainDuplicate);
        print(options, shown, () => [
          `Created administrator "${shown.username}" (${adminRoles[shown.role].name}).`,
          ...fields([
            ['id', shown.id],
            ['email', shown.primaryEmail ?? undefined],
            ['name', shown.name ?? undefined],
          ]),
        ]);
      }),
    );

  admin
    .command('list')
    .description('list administrators and their roles')
    .option('--json', 'print JSON')
    .action((options: OutputOptions) =>
      withServices(async (services) => {
        const { items } = await services.admins.list();
        print(options, items, () =>
          items.length === 0
            ? ['No administrators yet.']
            : items.map(
                (entry) =>
                  `${entry.username ?? entry.id}  ${adminRoles[entry.role].name}${entry.isSuspended ? '  (suspended)' : ''}  ${entry.id}`,
              ),
        );
      }),
    );
  admin
    .command('setup-link')
    .description('print a fresh one-time link to create the first Owner (only while no Owner exists)')
    .option('--json', 'print JSON')
    .action((options: OutputOptions) =>
      withServices(async (services) => {
        const code = await services.admins.ensureSetupCode();
        if (!code)
          throw new RequestError('admins.owner_exists', 409, {
            message: 'An Owner exists already: invite administrators from the console, or use `admin create`.',
          });
        const link = services.admins.setupLink(code);
        print(options, { link }, () => [`Create the first Owner (valid 1 h, single use): ${link}`]);
      }),
    );
  admin
    .command('reset-mfa')
    .description("remove an administrator's two-step verification factors (a lost authenticator)")
    .requiredOption('--username <username>', 'username')
    .option('--json', 'print JSON')
    .action((options: OutputOptions & { username: string }) =>
      withServices(async (services) => {
        const user = await services.admin.stores.users.findByIdentifier('username', options.username);
        if (!user)
          throw new RequestError('entity.not_found', 404, { message: `No administrator "${options.username}".` });
        const removed = await services.admins.resetMfa(user.id);
        print(options, { removed }, () => [
          removed.length === 0
            ? `"${options.username}" had no two-step verification factors.`
            : `Removed ${removed.join(', ')} from "${options.username}"; they are asked to set up a factor at their next sign-in.`,
        ]);
      }),
    );
}
