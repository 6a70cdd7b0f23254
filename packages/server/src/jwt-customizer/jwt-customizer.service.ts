import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import {
  type JwtCustomizer,
  type JwtCustomizerKey,
  type JwtTokenTypePath,
  jwtCustomizerKeyOf,
  jwtCustomizerKeys,
  jwtCustomizerSchema,
  type UpdateJwtCustomizer,
} from './jwt-customizer.schemas.js';
import type { JwtCustomizerStore } from './jwt-customizer.store.js';

/** A config as the token path uses it: clear values plus its version. */
export interface LoadedJwtCustomizer {
  key: JwtCustomizerKey;
  value: JwtCustomizer;
  /** `configs.updated_at`: changes on every write. */
  version: number;
}

const mask = '********';

/** Environment values for a caller that may read but not write (a `read` token): masked. */
export function maskEnvironment(value: JwtCustomizer): JwtCustomizer {
  if (!value.environmentVariables) return value;
  return {
    ...value,
    environmentVariables: Object.fromEntries(Object.keys(value.environmentVariables).map((name) => [name, mask])),
  };
}

/**
 * The customizer configs: validated, environment values sealed with the master key at rest and
 * answered in clear (Logto's console edits them in place). Saving never runs the script.
 */
export function createJwtCustomizerService(deps: {
  store: JwtCustomizerStore;
  box: SecretBox;
  /** Called after every write, with the key written (evicts the token path's cache at once). */
  onChange?: (key: JwtCustomizerKey) => void;
}) {
  const { store, box } = deps;

  const seal = (value: JwtCustomizer): string =>
    JSON.stringify({
      ...value,
      ...(value.environmentVariables && {
        environmentVariables: Object.fromEntries(
          Object.entries(value.environmentVariables).map(([name, clear]) => [name, box.seal(clear)]),
        ),
      }),
    });

  function open(raw: string): JwtCustomizer {
    const parsed = JSON.parse(raw) as JwtCustomizer;
    return jwtCustomizerSchema.parse({
      ...parsed,
      ...(parsed.environmentVariables && {
        environmentVariables: Object.fromEntries(
          Object.entries(parsed.environmentVariables).map(([name, sealed]) => [name, box.open(sealed)]),
        ),
      }),
    });
  }

  const notFound = (key: JwtCustomizerKey) =>
    new RequestError('entity.not_exists_with_id', 404, { message: `The JWT customizer \`${key}\` does not exist.` });

  async function load(key: JwtCustomizerKey): Promise<LoadedJwtCustomizer | undefined> {
    const row = await store.find(key);
    return row && { key, value: open(row.value), version: row.updatedAt };
  }

  return {
    load,
    async list(): Promise<Array<{ key: JwtCustomizerKey; value: JwtCustomizer }>> {
      const loaded = await Promise.all(jwtCustomizerKeys.map(load));
      return loaded.flatMap((entry) => (entry ? [{ key: entry.key, value: entry.value }] : []));
    },
    async get(type: JwtTokenTypePath): Promise<JwtCustomizer> {
      const key = jwtCustomizerKeyOf[type];
      const loaded = await load(key);
      if (!loaded) throw notFound(key);
      return loaded.value;
    },
    /** Creates or replaces; `created` tells 201 from 200. */
    async put(type: JwtTokenTypePath, value: JwtCustomizer): Promise<{ value: JwtCustomizer; created: boolean }> {
      const key = jwtCustomizerKeyOf[type];
      const { created } = await store.upsert(key, () => seal(value));
      deps.onChange?.(key);
      return { value, created };
    },
    /** Merges the given fields over the stored config (Logto's shallow merge). */
    async patch(type: JwtTokenTypePath, changes: UpdateJwtCustomizer): Promise<JwtCustomizer> {
      const key = jwtCustomizerKeyOf[type];
      let merged: JwtCustomizer | undefined;
      await store.upsert(key, (current) => {
        if (current === undefined) throw notFound(key);
        merged = jwtCustomizerSchema.parse({ ...open(current), ...changes });
        return seal(merged);
      });
      deps.onChange?.(key);
      return merged as JwtCustomizer;
    },
    async remove(type: JwtTokenTypePath): Promise<void> {
      const key = jwtCustomizerKeyOf[type];
      if (!(await store.delete(key))) throw notFound(key);
      deps.onChange?.(key);
    },
  };
}

export type JwtCustomizerService = ReturnType<typeof createJwtCustomizerService>;
