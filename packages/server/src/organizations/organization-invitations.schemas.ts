import { z } from 'zod';
import { idParam, paginationParams, queryText, text } from '../management/fields.js';
import { emailRegex } from '../users/users.schemas.js';
import { ids, roleRefSchema } from './organizations.schemas.js';

export const invitationStatuses = ['Pending', 'Accepted', 'Expired', 'Revoked'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitationSchema = z.object({
  id: z.string(),
  inviterId: z.string().nullable(),
  invitee: z.string(),
  acceptedUserId: z.string().nullable(),
  organizationId: z.string(),
  status: z.enum(invitationStatuses),
  createdAt: z.number(),
  updatedAt: z.number(),
  expiresAt: z.number(),
  organizationRoles: z.array(roleRefSchema),
});
export type Invitation = z.output<typeof invitationSchema>;

const email = text(256).regex(emailRegex, 'must be an email address');

/**
 * The values handed to the email template (Logto's `SendMessagePayload`): `link` is the page where
 * the invitee accepts; every other key is a string placeholder too.
 */
export const messagePayloadSchema = z
  .object({ code: text(256), link: text(2048), locale: text(32) })
  .partial()
  .catchall(text(2048));
export type MessagePayload = z.output<typeof messagePayloadSchema>;

export const createInvitationSchema = z
  .object({
    inviterId: idParam.nullable().optional(),
    invitee: email,
    organizationId: idParam,
    expiresAt: z.number().int().positive().describe('Epoch milliseconds; must be in the future'),
    organizationRoleIds: ids.optional(),
    messagePayload: z
      .union([messagePayloadSchema, z.literal(false)])
      .optional()
      .describe('Send the invitation email through the email connector with these values; false or absent: no email'),
  })
  .strict();
export type CreateInvitation = z.output<typeof createInvitationSchema>;

export const invitationStatusBody = z
  .object({ status: z.enum(['Accepted', 'Revoked']), acceptedUserId: idParam.nullable().optional() })
  .strict();

export const listInvitationsQuery = z.object({
  ...paginationParams,
  organizationId: queryText.optional(),
  inviterId: queryText.optional(),
  invitee: queryText.optional(),
});
