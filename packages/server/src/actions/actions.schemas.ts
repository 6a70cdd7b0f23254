import { z } from 'zod';
import { jsonObject, text } from '../management/fields.js';
import { scriptEnvironmentSchema } from '../sandbox/script-config.schemas.js';
import { userProfileSchema } from '../users/users.schemas.js';

/**
 * Logto's "Actions": a script per sign-in step whose `runAction({ event, environmentVariables })`
 * may migrate a legacy password (post first-factor verification) or patch the user (post sign-in).
 */
export const actionTypes = ['action.postFirstFactorVerification', 'action.postSignIn'] as const;
export const actionTypeSchema = z.enum(actionTypes);
export type ActionType = z.infer<typeof actionTypeSchema>;

/** What a failing script does: `block` (the default) refuses the step; `allow` goes on without it. */
export const actionErrorPolicies = ['block', 'allow'] as const;

/** The largest script accepted (64 KB of text). */
export const maxActionScriptLength = 65_536;

export const actionEnvironmentSchema = scriptEnvironmentSchema;

export const actionSchema = z
  .object({
    script: text(maxActionScriptLength)
      .min(1)
      .describe('The script; it defines `runAction({ event, environmentVariables })`'),
    environmentVariables: actionEnvironmentSchema.optional(),
    contextSample: jsonObject.optional().describe('A sample `event`, for testing in the console'),
    enabled: z.boolean().optional().describe('Only an enabled action runs during sign-in (absent: disabled)'),
    onExecutionError: z
      .enum(actionErrorPolicies)
      .optional()
      .describe(
        'When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)',
      ),
  })
  .strict();
export type Action = z.infer<typeof actionSchema>;

export const updateActionSchema = actionSchema.partial().strict();
export type UpdateAction = z.infer<typeof updateActionSchema>;

export const actionConfigSchema = z.object({ key: actionTypeSchema, value: actionSchema });

export const testActionSchema = z
  .object({
    script: actionSchema.shape.script,
    actionType: actionTypeSchema,
    event: jsonObject.optional().describe('The `event` the script sees'),
    environmentVariables: actionEnvironmentSchema.optional(),
  })
  .strict();
export type TestAction = z.infer<typeof testActionSchema>;

/** The user fields an action may set: never identifiers, passwords or flags. */
export const actionUserPatchSchema = z
  .object({
    name: text(128).nullable(),
    avatar: text(2048).pipe(z.url()).nullable(),
    customData: jsonObject,
    profile: userProfileSchema,
  })
  .partial()
  .strict();
export type ActionUserPatch = z.infer<typeof actionUserPatchSchema>;

/** A post first-factor verification result: the legacy system accepted the password. */
export const postFirstFactorResultSchema = z
  .object({
    action: z.enum(['createUser', 'updateUser']),
    user: actionUserPatchSchema.optional(),
    passwordVerified: z.literal(true),
  })
  .strict();
export type PostFirstFactorResult = z.infer<typeof postFirstFactorResultSchema>;

/** A post sign-in result: patch the signed-in user. */
export const postSignInResultSchema = z
  .object({ action: z.literal('updateUser'), user: actionUserPatchSchema.optional() })
  .strict();
export type PostSignInResult = z.infer<typeof postSignInResultSchema>;
