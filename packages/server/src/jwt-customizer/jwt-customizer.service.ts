import type { SecretBox } from '../crypto/secret-box.js';
import { createScriptConfigs, type LoadedScriptConfig } from '../sandbox/index.js';
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
export type LoadedJwtCustomizer = LoadedScriptConfig<JwtCustomizerKey, JwtCustomizer>;

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
  const configs = createScriptConfigs<JwtCustomizerKey, JwtCustomizer>({
    ...deps,
    keys: jwtCustomizerKeys,
    schema: jwtCustomizerSchema,
    describe: (key) => `The JWT customizer \`${key}\``,
  });
  return {
    load: configs.load,
    list: configs.list,
    get: (type: JwtTokenTypePath) => configs.get(jwtCustomizerKeyOf[type]),
    put: (type: JwtTokenTypePath, value: JwtCustomizer) => configs.put(jwtCustomizerKeyOf[type], value),
    patch: (type: JwtTokenTypePath, changes: UpdateJwtCustomizer) => configs.patch(jwtCustomizerKeyOf[type], changes),
    remove: (type: JwtTokenTypePath) => configs.remove(jwtCustomizerKeyOf[type]),
  };
}

export type JwtCustomizerService = ReturnType<typeof createJwtCustomizerService>;
