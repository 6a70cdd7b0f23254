import type { SecretBox } from '../crypto/secret-box.js';

type WithEnvironment = { environmentVariables?: Record<string, string> | undefined };

const mask = '********';

/** Maps the environment values of a script config, when it has any. */
function mapEnvironment<T extends WithEnvironment>(value: T, map: (entry: string) => string): T {
  if (!value.environmentVariables) return value;
  return {
    ...value,
    environmentVariables: Object.fromEntries(
      Object.entries(value.environmentVariables).map(([name, entry]) => [name, map(entry)]),
    ),
  };
}

/** Environment values for a caller that may read but not write (a `read` token): masked. */
export const maskEnvironment = <T extends WithEnvironment>(value: T): T => mapEnvironment(value, () => mask);

/** A script config as stored: JSON with every environment value sealed by the master key. */
export const sealScriptConfig = (box: SecretBox, value: WithEnvironment): string =>
  JSON.stringify(mapEnvironment(value, (clear) => box.seal(clear)));

/** The stored JSON back in clear (the caller validates the shape). */
export const openScriptConfig = (box: SecretBox, raw: string): unknown =>
  mapEnvironment(JSON.parse(raw) as WithEnvironment, (sealed) => box.open(sealed));
