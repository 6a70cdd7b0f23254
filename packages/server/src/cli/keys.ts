import type { Command } from 'commander';
import type { StoredKey } from '../oidc/keys.js';
import { type OutputOptions, print, withServices } from './context.js';

/** Public facts about a key: never the private material. */
const describe = (key: StoredKey, index: number) => ({
  id: key.id,
  alg: key.jwk.alg,
  createdAt: key.createdAt,
  signing: index === 0,
});

function keyLines(keys: ReturnType<typeof describe>[]): string[] {
  return keys.map(
    (key) => `  ${key.id}  ${new Date(key.createdAt).toISOString()}  ${key.alg}${key.signing ? '  (signing)' : ''}`,
  );
}

/** `tessera keys`: OIDC signing keys, shared by every server on the database. */
export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('OIDC signing keys');
  keys
    .command('rotate')
    .description('add a new signing key; previous keys stay in the JWKS so issued tokens keep verifying')
    .option('--json', 'print JSON')
    .action((options: OutputOptions) =>
      withServices(async (services) => {
        const { rotateSigningKeys } = await import('../oidc/keys.js');
        const rotated = (await rotateSigningKeys(services.db, services.box)).map(describe);
        const fresh = rotated[0] as ReturnType<typeof describe>;
        print(options, { id: fresh.id, createdAt: fresh.createdAt, keys: rotated }, () => [
          `New signing key ${fresh.id}.`,
          'Running servers switch to it within 30 seconds; these keys are now published in the JWKS:',
          ...keyLines(rotated),
        ]);
      }),
    );
  keys
    .command('list')
    .description('list signing key ids and creation dates')
    .option('--json', 'print JSON')
    .action((options: OutputOptions) =>
      withServices(async (services) => {
        const { loadSigningKeys } = await import('../oidc/keys.js');
        const listed = (await loadSigningKeys(services.db, services.box)).map(describe);
        print(options, listed, () => ['Signing keys (newest first):', ...keyLines(listed)]);
      }),
    );
}
