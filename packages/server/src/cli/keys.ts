import { type Command, Option } from 'commander';
import type { Services } from '../app.js';
import { signingKeyIndex } from '../oidc/key-schedule.js';
import type { StoredKey } from '../oidc/keys.js';
import { type OutputOptions, print, withServices } from './context.js';

type Described = ReturnType<ReturnType<typeof describer>>;

/** Public facts about a key at `now`: never the private material. */
const describer = (keys: StoredKey[], now: number) => {
  const signing = signingKeyIndex(keys, now);
  return (key: StoredKey, index: number) => ({
    id: key.id,
    alg: key.jwk.alg,
    createdAt: key.createdAt,
    activatesAt: key.activatesAt ?? key.createdAt,
    signing: index === signing,
    // Keys newer than the signing key wait for their activation; an older one never signs again.
    pending: index < signing,
  });
};

const describeAll = (keys: StoredKey[], now: number) => keys.map(describer(keys, now));

function keyLines(keys: Described[]): string[] {
  return keys.map((key) => {
    const state = key.signing
      ? '  (signing)'
      : key.pending
        ? `  (published, signs from ${new Date(key.activatesAt).toISOString()})`
        : '';
    return `  ${key.id}  ${new Date(key.createdAt).toISOString()}  ${key.alg}${state}`;
  });
}

type RealmOption = { realm: 'default' | 'admin' };

/** `--realm admin`: the keys of the administrators' provider (/admin/oidc), which has its own. */
const realmOption = () =>
  new Option('--realm <realm>', 'whose provider: end users (/oidc) or administrators (/admin/oidc)')
    .choices(['default', 'admin'])
    .default('default');

function realmKeys(services: Services, realm: RealmOption['realm']) {
  if (realm === 'admin') {
    const { liveProvider, db } = services.admin;
    return { rotate: liveProvider.rotate, retire: liveProvider.retire, db };
  }
  return { rotate: services.rotateSigningKeys, retire: services.retireSigningKey, db: services.db };
}

/** `tessera keys`: OIDC signing keys, shared by every server on the database. */
export function registerKeyCommands(program: Command): void {
  const keys = program.command('keys').description('OIDC signing keys');
  keys
    .command('rotate')
    .description(
      'add a new signing key: published in the JWKS at once, it signs once every server has loaded it; previous keys stay in the JWKS so issued tokens keep verifying',
    )
    .option(
      '--now',
      'emergency (compromised key): sign with the new key as soon as each server reloads, without the publication delay; verifiers holding an older JWKS reject the new tokens until they fetch it again',
    )
    .addOption(realmOption())
    .option('--json', 'print JSON')
    .action((options: OutputOptions & RealmOption & { now?: boolean }) =>
      withServices(async (services) => {
        const { rotate } = realmKeys(services, options.realm);
        const { keys: stored, activatesAt } = await rotate({ immediately: options.now === true });
        const rotated = describeAll(stored, services.clock());
        const fresh = rotated[0] as Described;
        const reload = services.config.keyReloadSeconds;
        const when = options.now
          ? `It signs now: running servers switch to it within ${reload} seconds.`
          : `Running servers publish it within ${reload} seconds; it signs from ${new Date(activatesAt).toISOString()} (in ${services.config.keyActivationDelaySeconds} seconds).`;
        print(options, { id: fresh.id, createdAt: fresh.createdAt, activatesAt, keys: rotated }, () => [
          `New signing key ${fresh.id}.`,
          when,
          'These keys are now published in the JWKS:',
          ...keyLines(rotated),
        ]);
      }),
    );
  keys
    .command('retire <kid>')
    .description(
      'stop publishing a key (a compromised one): tokens it signed stop verifying once verifiers fetch the JWKS again; the signing key cannot be retired, rotate with --now first',
    )
    .addOption(realmOption())
    .option('--json', 'print JSON')
    .action((kid: string, options: OutputOptions & RealmOption) =>
      withServices(async (services) => {
        const remaining = describeAll(await realmKeys(services, options.realm).retire(kid), services.clock());
        print(options, { retired: kid, keys: remaining }, () => [
          `Retired signing key ${kid}: running servers stop publishing it within ${services.config.keyReloadSeconds} seconds.`,
          'These keys stay published in the JWKS:',
          ...keyLines(remaining),
        ]);
      }),
    );
  keys
    .command('list')
    .description('list signing key ids, creation dates and which one signs')
    .addOption(realmOption())
    .option('--json', 'print JSON')
    .action((options: OutputOptions & RealmOption) =>
      withServices(async (services) => {
        const { loadSigningKeys } = await import('../oidc/keys.js');
        const { db } = realmKeys(services, options.realm);
        const listed = describeAll(await loadSigningKeys(db, services.box), services.clock());
        print(options, listed, () => ['Signing keys (newest first):', ...keyLines(listed)]);
      }),
    );
}
