import type { Context } from 'koa';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { SubmittedInteraction } from '../experience/experience.routes.js';
import type { RouteScope } from '../http/guard.js';
import type { Database } from '../storage/schema.js';
import type { User, UserCreatedListener } from '../users/index.js';
import { createHooksDispatcher } from './hooks.dispatcher.js';
import { accountDataEventScopes, createHookRequestContext, dataEventScopes } from './hooks.events.js';
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
  /** The plain database: the dispatcher never joins a request's transaction (it must not send what may roll back). */
  rootDb: Kysely<Database>;
  box: SecretBox;
  clock: () => number;
  config: Config;
  logger: Logger;
  /** Told of each delivery attempt's outcome (metrics). */
  onDelivery?: (outcome: 'succeeded' | 'retry' | 'failed') => void;
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
  const deliveryStore = createHooksStore(deps.rootDb);
  const dispatcher = createHooksDispatcher({
    store: deliveryStore,
    hooks: createHooksService({ store: deliveryStore, box: deps.box, clock: deps.clock, settings: config.hooks }),
    clock: deps.clock,
    settings: config.hooks,
    onError: (err) => logger.warn({ err }, 'webhook delivery'),
    ...(deps.onDelivery && { onOutcome: deps.onDelivery }),
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

  /**
   * Logto's interaction events, written by the submit that finishes the interaction. The submit
   * runs in one transaction (`interactionScope`), so the sign-in (or sign-up, or reset) and its
   * event commit together: an outbox that cannot take the row fails the submit, which the person
   * can retry, rather than losing the event.
   */
  function interactionSubmitted(lookup: {
    user: (id: string) => Promise<User>;
    application: (id: string) => Promise<ApplicationEntity>;
  }) {
    return async (submitted: SubmittedInteraction, ctx: Context): Promise<void> => {
      const user = await lookup.user(submitted.userId);
      const { applicationId } = submitted;
      const application = applicationId ? await lookup.application(applicationId).catch(() => undefined) : undefined;
      const payload = {
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
      };
      // With the handle as executor: in the submit's transaction; the dispatcher is woken after it.
      await service.enqueue(interactionHookEvent[submitted.event], payload, deps.db);
    };
  }

  /** The scope of the Experience API's submit: one transaction, then the dispatcher looks. */
  const interactionScope: RouteScope = async (_ctx, handle) => {
    await deps.transaction(handle);
    service.flushed();
  };

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

  const eventScopeDeps = {
    transaction: deps.transaction,
    // With the handle as executor: joins the route's transaction, and pokes only once it committed.
    enqueue: (event: HookEvent, payload: Record<string, unknown>) => service.enqueue(event, payload, deps.db),
    committed: () => service.flushed(),
  };
  /** The Management API registry's `scopeFor`: routes with a data event run in one transaction with it. */
  const dataEventScope = dataEventScopes(eventScopeDeps);
  /** The Account API registry's `scopeFor`, given how to read the user the event carries. */
  const accountDataEventScope = (user: (id: string) => Promise<User>) =>
    accountDataEventScopes({ ...eventScopeDeps, user });

  return {
    store,
    service,
    dispatcher,
    /** The outbox's pending deliveries (read by metrics at each scrape). */
    backlog: () => deliveryStore.backlog(),
    requestContext,
    userCreated,
    interactionSubmitted,
    identifierLockout,
    dataEventScope,
    accountDataEventScope,
    interactionScope,
  };
}

export type HooksModule = ReturnType<typeof createHooksModule>;
