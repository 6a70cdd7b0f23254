import { type Command, Option } from 'commander';
// The schemas alone (zod), not the module's index: usage errors should not wait for the database drivers to load.
import {
  applicationTypes,
  type CreatedApplication,
  createApplicationSchema,
} from '../applications/applications.schemas.js';
import { fields, type OutputOptions, parseInput, print, withServices } from './context.js';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function appLines(app: CreatedApplication): string[] {
  return fields([
    ['id', app.id],
    ['type', app.type],
    ['secret', app.secret],
    ['redirect URIs', app.oidcClientMetadata.redirectUris.join(' ')],
    ['post-logout redirect URIs', app.oidcClientMetadata.postLogoutRedirectUris.join(' ')],
    ['CORS origins', app.customClientMetadata.corsAllowedOrigins?.join(' ')],
  ]);
}

/** `tessera m2m create`: the first Management API credentials of a new install. */
export function registerM2mCommands(program: Command): void {
  const m2m = program.command('m2m').description('machine-to-machine applications');
  m2m
    .command('create')
    .description('create a machine-to-machine app holding the Management API role and print its credentials')
    .option('--name <name>', 'application name', 'Management API client')
    .option('--json', 'print JSON')
    .action((options: OutputOptions & { name: string }) =>
      withServices(async (services) => {
        const input = parseInput(
          createApplicationSchema,
          { name: options.name, type: 'MachineToMachine' },
          {
            name: '--name',
          },
        );
        const app = await services.applications.create(input);
        await services.stores.roles.assignToApplication(app.id, services.managementRoleId);
        const result = {
          id: app.id,
          secret: app.secret,
          tokenEndpoint: `${services.config.issuer}/token`,
          resource: services.config.managementApiIndicator,
        };
        print(options, result, () => [
          `Created machine-to-machine app "${app.name}" with the Management API role.`,
          ...fields([
            ['id', result.id],
            ['secret', result.secret],
            ['token endpoint', result.tokenEndpoint],
            ['resource', result.resource],
          ]),
          '',
          'Get a Management API token (scope "all"):',
          `  curl -u '${result.id}:${result.secret}' -d grant_type=client_credentials \\`,
          `    -d resource=${result.resource} -d scope=all ${result.tokenEndpoint}`,
        ]);
      }),
    );
}

/** `tessera app create`: any application type, validated like POST /api/applications. */
export function registerAppCommands(program: Command): void {
  const app = program.command('app').description('applications');
  app
    .command('create')
    .description('create an application')
    .requiredOption('--name <name>', 'application name')
    .addOption(
      new Option('--type <type>', 'application type')
        .choices(applicationTypes.filter((type) => type !== 'SAML'))
        .makeOptionMandatory(),
    )
    .option('--redirect-uri <uri>', 'allowed redirect URI (repeatable)', collect)
    .option('--post-logout-redirect-uri <uri>', 'allowed post-logout redirect URI (repeatable)', collect)
    .option('--cors-origin <origin>', 'allowed CORS origin (repeatable)', collect)
    .option('--json', 'print JSON')
    .action(
      (
        options: OutputOptions & {
          name: string;
          type: string;
          redirectUri?: string[];
          postLogoutRedirectUri?: string[];
          corsOrigin?: string[];
        },
      ) =>
        withServices(async (services) => {
          const { redirectUri = [], postLogoutRedirectUri = [], corsOrigin = [] } = options;
          const hasUris = redirectUri.length > 0 || postLogoutRedirectUri.length > 0;
          const input = parseInput(
            createApplicationSchema,
            {
              name: options.name,
              type: options.type,
              ...(hasUris && {
                oidcClientMetadata: {
                  redirectUris: redirectUri,
                  postLogoutRedirectUris: postLogoutRedirectUri,
                },
              }),
              ...(corsOrigin.length > 0 && {
                customClientMetadata: { corsAllowedOrigins: corsOrigin },
              }),
            },
            {
              name: '--name',
              type: '--type',
              'oidcClientMetadata.redirectUris': '--redirect-uri',
              'oidcClientMetadata.postLogoutRedirectUris': '--post-logout-redirect-uri',
              'customClientMetadata.corsAllowedOrigins': '--cors-origin',
            },
          );
          const created = await services.applications.create(input);
          print(options, created, () => [
            `Created ${created.type} application "${created.name}".`,
            ...appLines(created),
          ]);
        }),
    );
}
