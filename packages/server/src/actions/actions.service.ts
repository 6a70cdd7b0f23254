import type { Kysely } from 'kysely';
import type { SecretBox } from '../crypto/secret-box.js';
import { createScriptConfigs, type LoadedScriptConfig } from '../sandbox/index.js';
import { createConfigRowStore } from '../storage/config-rows.js';
import type { Database } from '../storage/schema.js';
import { type Action, type ActionType, actionSchema, actionTypes } from './actions.schemas.js';

export type LoadedAction = LoadedScriptConfig<ActionType, Action>;

/** The action configs, rows of `configs` keyed by action type, environment values sealed at rest. */
export function createActionsService(deps: {
  db: Kysely<Database>;
  box: SecretBox;
  /** Called after every write (evicts the sign-in path's cache at once). */
  onChange?: (type: ActionType) => void;
}) {
  return createScriptConfigs<ActionType, Action>({
    store: createConfigRowStore<ActionType>(deps.db),
    box: deps.box,
    keys: actionTypes,
    schema: actionSchema,
    describe: (type) => `The action \`${type}\``,
    ...(deps.onChange && { onChange: deps.onChange }),
  });
}

export type ActionsService = ReturnType<typeof createActionsService>;
