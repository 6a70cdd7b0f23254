import type { z } from 'zod';
import type { SecretBox } from '../crypto/secret-box.js';
import { RequestError } from '../http/request-error.js';
import type { createConfigRowStore } from '../storage/config-rows.js';
import { openScriptConfig, sealScriptConfig } from './script-environment.js';

type WithEnvironment = { environmentVariables?: Record<string, string> | undefined };

/** A config as the run-time path uses it: clear values plus its version. */
export interface LoadedScriptConfig<K extends string, T> {
  key: K;
  value: T;
  /** `configs.updated_at`: changes on every write. */
  version: number;
}

/**
 * Script configs kept as `configs` rows (JWT customizers, actions): validated, environment
 * values sealed with the master key at rest and answered in clear. Saving never runs the script.
 */
export function createScriptConfigs<K extends string, T extends WithEnvironment>(deps: {
  store: ReturnType<typeof createConfigRowStore<K>>;
  box: SecretBox;
  keys: readonly K[];
  schema: z.ZodType<T>;
  /** Names a config in the 404 message. */
  describe: (key: K) => string;
  /** Called after every write, with the key written (evicts the run-time path's cache at once). */
  onChange?: (key: K) => void;
}) {
  const { store, box, schema } = deps;
  const open = (raw: string): T => schema.parse(openScriptConfig(box, raw));
  const notFound = (key: K) =>
    new RequestError('entity.not_exists_with_id', 404, { message: `${deps.describe(key)} does not exist.` });

  async function load(key: K): Promise<LoadedScriptConfig<K, T> | undefined> {
    const row = await store.find(key);
    return row && { key, value: open(row.value), version: row.updatedAt };
  }

  return {
    load,
    async list(): Promise<Array<{ key: K; value: T }>> {
      const loaded = await Promise.all(deps.keys.map(load));
      return loaded.flatMap((entry) => (entry ? [{ key: entry.key, value: entry.value }] : []));
    },
    async get(key: K): Promise<T> {
      const loaded = await load(key);
      if (!loaded) throw notFound(key);
      return loaded.value;
    },
    /** Creates or replaces; `created` tells 201 from 200. */
    async put(key: K, value: T): Promise<{ value: T; created: boolean }> {
      const { created } = await store.upsert(key, () => sealScriptConfig(box, value));
      deps.onChange?.(key);
      return { value, created };
    },
    /** Merges the given fields over the stored config (Logto's shallow merge). */
    async patch(key: K, changes: Partial<T>): Promise<T> {
      let merged: T | undefined;
      await store.upsert(key, (current) => {
        if (current === undefined) throw notFound(key);
        merged = schema.parse({ ...open(current), ...changes });
        return sealScriptConfig(box, merged);
      });
      deps.onChange?.(key);
      return merged as T;
    },
    async remove(key: K): Promise<void> {
      if (!(await store.delete(key))) throw notFound(key);
      deps.onChange?.(key);
    },
  };
}
