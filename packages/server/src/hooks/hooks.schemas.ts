import { z } from 'zod';

/** Logto's interaction events, sent after a sign-in interaction is submitted. */
export const interactionHookEvents = ['PostRegister', 'PostSignIn', 'PostResetPassword'] as const;

/** Logto's data events (`managementApiHooksRegistration` and friends). */
export const dataHookEvents = [
  'User.Created',
  'User.Deleted',
  'User.Data.Updated',
  'User.SuspensionStatus.Updated',
  'Role.Created',
  'Role.Deleted',
  'Role.Data.Updated',
  'Role.Scopes.Updated',
  'Scope.Created',
  'Scope.Deleted',
  'Scope.Data.Updated',
  'Organization.Created',
  'Organization.Deleted',
  'Organization.Data.Updated',
  'Organization.Membership.Updated',
  'OrganizationRole.Created',
  'OrganizationRole.Deleted',
  'OrganizationRole.Data.Updated',
  'OrganizationRole.Scopes.Updated',
  'OrganizationScope.Created',
  'OrganizationScope.Deleted',
  'OrganizationScope.Data.Updated',
  'Identifier.Lockout',
] as const;

export const hookEvents = [...interactionHookEvents, ...dataHookEvents] as const;
export const hookEventSchema = z.enum(hookEvents);
export type HookEvent = z.infer<typeof hookEventSchema>;

/** Only http and https: a receiver is a web endpoint, never `file:`, `gopher:` or the like. */
export const hookUrlSchema = z
  .string()
  .max(2048)
  .refine(
    (value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === 'http:' || protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'The webhook URL must be an absolute http:// or https:// URL.' },
  );

export const hookConfigSchema = z
  .object({
    url: hookUrlSchema,
    headers: z.record(z.string().min(1).max(256), z.string().max(4096)).optional(),
    /** Logto's field, kept for compatibility; Tessera retries by its own outbox rules. */
    retries: z.number().int().min(0).max(3).optional(),
  })
  .strict();

export const createHookSchema = z
  .object({
    name: z.string().min(1).max(256),
    /** Logto's deprecated single event. */
    event: hookEventSchema.nullish(),
    events: z.array(hookEventSchema).max(hookEvents.length).optional(),
    config: hookConfigSchema,
    enabled: z.boolean().optional(),
  })
  .strict();
export type CreateHook = z.infer<typeof createHookSchema>;

export const updateHookSchema = createHookSchema.partial().strict();
export type UpdateHook = z.infer<typeof updateHookSchema>;

export const hookSchema = z.object({
  id: z.string(),
  tenantId: z.string(),
  name: z.string(),
  event: hookEventSchema.nullable(),
  events: z.array(hookEventSchema),
  config: hookConfigSchema,
  signingKey: z.string(),
  enabled: z.boolean(),
  createdAt: z.number(),
});
export type Hook = z.infer<typeof hookSchema>;

/** Logto's `executionStats`: deliveries of the last 24 hours that were attempted, and how many succeeded. */
export const hookExecutionStatsSchema = z.object({ requestCount: z.number(), successCount: z.number() });
export type HookExecutionStats = z.infer<typeof hookExecutionStatsSchema>;

/** `GET /api/hooks` item; `executionStats` only with `includeExecutionStats=true`. */
export const hookListItemSchema = hookSchema.extend({ executionStats: hookExecutionStatsSchema.optional() });

export const testHookSchema = z
  .object({
    events: z.array(hookEventSchema).min(1).max(hookEvents.length),
    config: hookConfigSchema,
  })
  .strict();

/** Logto's recent-logs entry (a `TriggerHook.<event>` log), answered from the outbox row. */
export const hookLogSchema = z.object({
  id: z.string(),
  key: z.string(),
  payload: z.object({
    key: z.string(),
    result: z.enum(['Success', 'Error']),
    hookId: z.string(),
    hookRequest: z.object({ body: z.unknown() }),
    response: z.object({ status: z.number().nullable(), body: z.string().nullable() }).optional(),
    error: z.string().optional(),
    /** Beyond Logto: the outbox state of this delivery. */
    deliveryStatus: z.enum(['pending', 'succeeded', 'failed']),
    attempts: z.number(),
    nextAttemptAt: z.number().nullable(),
  }),
  createdAt: z.number(),
});
export type HookLog = z.infer<typeof hookLogSchema>;
