import type { Logger } from 'pino';
import { RequestError } from '../http/request-error.js';
import type { User, UsersService } from '../users/index.js';
import type { ActionRunner } from './action-runner.js';
import {
  type ActionType,
  type ActionUserPatch,
  postFirstFactorResultSchema,
  postSignInResultSchema,
} from './actions.schemas.js';

type IdentifierType = 'username' | 'email' | 'phone';

const identifierField = { username: 'username', email: 'primaryEmail', phone: 'primaryPhone' } as const;

/** The user fields a post first-factor script sees. */
const editableContext = (user: User) => ({
  id: user.id,
  username: user.username,
  primaryEmail: user.primaryEmail,
  primaryPhone: user.primaryPhone,
  name: user.name,
  avatar: user.avatar,
  customData: user.customData,
  profile: user.profile,
});

/** A patch as a user update: custom data and profile merged over what the user has. */
const mergedPatch = (user: User | undefined, patch: ActionUserPatch = {}) => ({
  ...(patch.name !== undefined && { name: patch.name }),
  ...(patch.avatar !== undefined && { avatar: patch.avatar }),
  ...(patch.customData && { customData: { ...user?.customData, ...patch.customData } }),
  ...(patch.profile && { profile: { ...user?.profile, ...patch.profile } }),
});

/**
 * The actions of password sign-in: post first-factor verification (only after the local password
 * check failed) and post sign-in (after every factor, before the interaction completes).
 */
export function createSignInActions(deps: {
  runner: ActionRunner;
  users: UsersService;
  /** The post sign-in user context (profile, roles, organizations, MFA factors). */
  userContext: (userId: string) => Promise<Record<string, unknown>>;
  logger: Logger;
}) {
  const { runner, users, logger } = deps;

  const logFailure = (type: ActionType, failure: { kind: string; message: string }) =>
    logger.warn({ actionType: type, kind: failure.kind, reason: failure.message }, 'action script failed');

  /** Applies a legacy system's verdict: the user created or updated, with the submitted password as its own. */
  async function migrate(
    identifier: { type: IdentifierType; value: string },
    password: string,
    user: User | undefined,
    result: { action: 'createUser' | 'updateUser'; user?: ActionUserPatch | undefined },
  ): Promise<string | undefined> {
    if (result.action === 'createUser') {
      if (user) return undefined;
      const { name, ...patch } = mergedPatch(undefined, result.user);
      const created = await users.create({
        [identifierField[identifier.type]]: identifier.value,
        password,
        ...(name && { name }),
        ...patch,
      });
      return created.id;
    }
    if (!user) return undefined;
    await users.update(user.id, mergedPatch(user, result.user));
    await users.setPassword(user.id, password);
    return user.id;
  }

  return {
    /**
     * Post first-factor verification: the id of the user the script vouched for (created or
     * updated, the password now stored locally), or `undefined` (the password stays refused;
     * a failing script never grants access, whatever its error policy).
     */
    async afterPasswordFailure(input: {
      identifier: { type: IdentifierType; value: string };
      password: string;
      userId: string | undefined;
    }): Promise<string | undefined> {
      const type = 'action.postFirstFactorVerification';
      const config = await runner.enabled(type);
      if (!config) return undefined;
      const user = input.userId ? await users.get(input.userId) : undefined;
      const run = await runner.run(
        config,
        {
          key: 'inlineHook.postFirstFactorVerification',
          interactionEvent: 'SignIn',
          verificationType: 'Password',
          identifier: input.identifier,
          user: user ? editableContext(user) : null,
          password: input.password,
        },
        postFirstFactorResultSchema,
      );
      if (!run.ok) {
        logFailure(type, run);
        return undefined;
      }
      if (!run.result) return undefined;
      try {
        return await migrate(input.identifier, input.password, user, run.result);
      } catch (error) {
        logFailure(type, { kind: 'invalid', message: (error as Error).message });
        return undefined;
      }
    },

    /** Post sign-in: patches the user; a failing script refuses the sign-in unless its policy is `allow`. */
    async afterSignIn(userId: string): Promise<void> {
      const type = 'action.postSignIn';
      const config = await runner.enabled(type);
      if (!config) return;
      const run = await runner.run(
        config,
        { key: 'inlineHook.postSignIn', interactionEvent: 'SignIn', user: await deps.userContext(userId) },
        postSignInResultSchema,
      );
      if (!run.ok) {
        logFailure(type, run);
        if (run.policy === 'allow') return;
        throw new RequestError('session.verification_failed', 400, {
          message: 'A sign-in action failed, so the sign-in was refused.',
          data: { actionType: type, kind: run.kind },
        });
      }
      if (!run.result?.user) return;
      await users.update(userId, mergedPatch(await users.get(userId), run.result.user));
    },
  };
}

export type SignInActions = ReturnType<typeof createSignInActions>;
