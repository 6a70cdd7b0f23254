import { z } from 'zod';
import { text } from '../management/fields.js';
import { passwordPolicySchema } from '../sign-in-experience/sign-in-experience.schemas.js';
import { createUserFields, userSchema } from '../users/users.schemas.js';

/** The three administrator roles: Owner (everything, administrators too), Admin (everything else), Viewer (read only). */
export const adminRoleSchema = z.enum(['owner', 'admin', 'viewer']);
export type AdminRoleKey = z.output<typeof adminRoleSchema>;

/** An administrator: the admin realm's user, its one role and what that role may do now. */
export const adminSchema = userSchema
  .pick({
    id: true,
    username: true,
    primaryEmail: true,
    name: true,
    avatar: true,
    isSuspended: true,
    lastSignInAt: true,
    createdAt: true,
  })
  .extend({ role: adminRoleSchema });
export type AdminView = z.output<typeof adminSchema>;

/** The signed-in administrator, with the Management API permissions their role holds now. */
export const currentAdminSchema = adminSchema.extend({ scopes: z.array(z.string()) });

const profile = createUserFields.pick({ username: true, primaryEmail: true, name: true, password: true });

/** `password` left out: the server generates one and answers it once. */
export const createAdminSchema = profile
  .extend({ role: adminRoleSchema })
  .required({ username: true, role: true })
  .strict();
export const createdAdminSchema = adminSchema.extend({ password: z.string().optional() });

export const updateAdminSchema = z.object({ role: adminRoleSchema }).strict();

export const createAdminInvitationSchema = z
  .object({
    email: createUserFields.shape.primaryEmail.unwrap(),
    role: adminRoleSchema,
  })
  .strict();

export const adminInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: adminRoleSchema,
  status: z.enum(['active', 'consumed', 'revoked', 'expired']),
  expiresAt: z.number(),
  createdAt: z.number(),
});
/** The link holds the invitation's secret; it is answered at creation only. */
export const createdAdminInvitationSchema = adminInvitationSchema.extend({ link: z.string() });

const newAdminAccount = profile.required({ username: true, password: true }).strict();

/** Accepting an invitation: the secret from the link, and the new administrator's account. */
export const acceptAdminInvitationSchema = newAdminAccount
  .omit({ primaryEmail: true })
  .extend({ token: text(64) })
  .strict();

/** The first Owner, from the one-time setup link printed at start. */
export const consoleSetupSchema = newAdminAccount.extend({ code: text(128) }).strict();

/** The two-step policies an Owner may choose for administrators: offered at every sign-in, or required. */
export const adminMfaPolicies = ['PromptAtSignInAndSignUp', 'Mandatory'] as const;

/**
 * The parts of the administrators' sign-in policy an Owner changes: how strongly two-step
 * verification is asked for, and the password rules (never shorter than 12 characters).
 */
export const adminSignInPolicySchema = z.strictObject({
  mfaPolicy: z.enum(adminMfaPolicies),
  passwordPolicy: passwordPolicySchema.refine((policy) => policy.length.min >= 12, {
    message: 'administrators need passwords of at least 12 characters',
    path: ['length', 'min'],
  }),
});
export const adminSignInPolicyPatchSchema = adminSignInPolicySchema.partial();
