import type { Context } from 'koa';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { SubmittedInteraction } from '../experience/experience.routes.js';
import type { Database } from '../storage/schema.js';
import type { User, UserCreatedListener } from '../users/index.js';
import { createHooksDispatcher } from './hooks.dispatcher.js';
import { createHookRequestContext, dataEventScopes } from './hooks.events.js';
import type { HookEvent } from './hooks.schemas.js';
import { createHooksService } from './hooks.service.js';
import { createHooksStore } from './hooks.store.js';

/** Logto's `ApplicationEntity` of interaction payloads. */
export interface ApplicationEntity {
  id: string;
  type: string;
  name: string;
  description?: string | null;
}

const interactionHookEvent: Record<SubmittedInteraction['event'], HookEvent> = {
  Register: 'PostRegister',
  SignIn: 'PostSignIn',
  ForgotPassword: 'PostResetPassword',
};

/**
 * Webhooks of the main realm, built in one place: the service behind /api/hooks, the outbox
 * writers each event source calls, and the dispatcher that delivers the outbox.
 */
export function createHooksModule(deps: {
  /** The request-joining handle of `createAmbientDatabase`, whose `transaction` scopes data events. */
  db: Kysely<Database>;
  transaction: <T>(fn: () => Promise<T>) => Promise<T>;
  box: SecretBox;
  clock: () => number;
  config: Config;
  logger: Logger;
}) {
  const { config, logger } = deps;
  const store = createHooksStore(deps.db);
  const onError = (err: unknown) => logger.warn({ err }, 'webhook outbox');
  let poke = () => {};
  const service = createHooksService({
    store,
    box: deps.box,
    clock: deps.clock,
    settings: config.hooks,
    onEnqueued: () => poke(),
  });
  const dispatcher = createHooksDispatcher({
    store,
    hooks: service,
    clock: deps.clock,
    settings: config.hooks,
    onError: (err) => logger.warn({ err }, 'webhook delivery'),
  });
  poke = dispatcher.poke;
  const requestContext = createHookRequestContext();

  /** `User.Created`, in the transaction that inserts the user (or a batch of imported users). */
  const userCreated: UserCreatedListener = {
    inTransaction: (users, trx) => {
      const facts = requestContext.facts();
      const created = Array.isArray(users) ? users : [users];
      return service.enqueueAll(
        'User.Created',
        created.map((user) => ({ ...facts, data: user })),
        trx,
      );
    },
    committed: () => service.flushed(),
  };

  /** Logto's interaction events, after the submit succeeded (see docs/webhooks.md on ordering). */
  function interactionSubmitted(lookup: {
    user: (id: string) => Promise<User>;
    application: (id: string) => Promise<ApplicationEntity>;
  }) {
    // The sign-in already succeeded: a failure here is logged, never the user's problem.
    return (submitted: SubmittedInteraction, ctx: Context): Promise<void> => send(submitted, ctx).catch(onError);

    async function send(submitted: SubmittedInteraction, ctx: Context): Promise<void> {
      const user = await lookup.user(submitted.userId);
      const { applicationId } = submitted;
      const application = applicationId ? await lookup.application(applicationId).catch(() => undefined) : undefined;
      await service.enqueue(interactionHookEvent[submitted.event], {
        interactionEvent: submitted.event,
        userAgent: ctx.get('user-agent') || undefined,
        userIp: ctx.ip,
        userId: user.id,
        user,
        ...(applicationId && { applicationId }),
        ...(application && {
          application: {
            id: application.id,
            type: application.type,
            name: application.name,
            ...(application.description && { description: application.description }),
          },
        }),
      });
    }
  }

  /**
   * `Identifier.Lockout`: an identifier (`username:…`, `email:…`, `phone:…`, or a user id for MFA)
   * reached its attempt limit for `action` (password, verification_code, mfa). Never fails the
   * request that tripped it.
   */
  async function identifierLockout(target: string, action: string): Promise<void> {
    const separator = target.indexOf(':');
    const identifier =
      separator > 0 ? { type: target.slice(0, separator), value: target.slice(separator + 1) } : { value: target };
    const { userAgent, ip } = requestContext.facts();
    await service.enqueue('Identifier.Lockout', { userAgent, userIp: ip, data: { identifier, action } }).catch(onError);
  }

  /** The Management API registry's `scopeFor`: routes with a data event run in one transaction with it. */
  const dataEventScope = dataEventScopes({
    transaction: deps.transaction,
    // With the handle as executor: joins the route's transaction, and pokes only once it committed.
    enqueue: (event, payload) => service.enqueue(event, payload, deps.db),
    committed: () => service.flushed(),
  });

  return {
    store,
    service,
    dispatcher,
    requestContext,
    userCreated,
    interactionSubmitted,
    identifierLockout,
    dataEventScope,
  };
}

export type HooksModule = ReturnType<typeof createHooksModule>;
