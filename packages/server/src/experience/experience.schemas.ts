import { z } from 'zod';

export const interactionEvents = ['SignIn', 'Register', 'ForgotPassword'] as const;
export type InteractionEvent = (typeof interactionEvents)[number];

export const identifierSchema = z
  .object({ type: z.enum(['username', 'email', 'phone']), value: z.string().min(1).max(256) })
  .strict();
export type Identifier = z.output<typeof identifierSchema>;

export const startBodySchema = z
  .object({ interactionEvent: z.enum(interactionEvents), captchaToken: z.string().optional() })
  .strict();
export const eventBodySchema = z.object({ interactionEvent: z.enum(interactionEvents) }).strict();
export const passwordVerificationBodySchema = z
  .object({ identifier: identifierSchema, password: z.string().min(1).max(256) })
  .strict();
export const identificationBodySchema = z
  .object({ verificationId: z.string().min(1).max(64).optional(), linkSocialIdentity: z.boolean().optional() })
  .strict();
export const profileBodySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('username'), value: z.string().min(1).max(128) }).strict(),
  z.object({ type: z.literal('password'), value: z.string().min(1).max(256) }).strict(),
]);

export const verificationIdResponse = z.object({ verificationId: z.string() });
export const redirectResponse = z.object({ redirectTo: z.string() });

export type VerificationRecord =
  | { id: string; type: 'Password'; identifier: Identifier; verified: boolean; userId?: string }
  | { id: string; type: 'NewPasswordIdentity'; identifier: Identifier; passwordEncrypted: string };

/** What an interaction remembers between calls, kept inside the provider's Interaction record. */
export interface ExperienceState {
  event: InteractionEvent;
  verifications: Record<string, VerificationRecord>;
  userId?: string;
  profile?: { username?: string; passwordEncrypted?: string };
}

export const interactionResponse = z.object({
  interactionEvent: z.enum(interactionEvents),
  userId: z.string().optional(),
  profile: z.object({ username: z.string().optional() }),
  verificationRecords: z.array(
    z.object({ id: z.string(), type: z.string(), identifier: identifierSchema, verified: z.boolean().optional() }),
  ),
  applicationId: z.string().optional(),
  params: z.record(z.string(), z.string()),
});
