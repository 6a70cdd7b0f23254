import type { ConnectorsService } from '../connectors/index.js';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import type { UsersService } from '../users/index.js';
import type {
  CreateInvitation,
  Invitation,
  InvitationStatus,
  MessagePayload,
} from './organization-invitations.schemas.js';
import type { InvitationFilter, InvitationRow } from './organization-invitations.store.js';
import type { OrganizationRolesService } from './organization-roles.service.js';
import type { OrganizationStores } from './organization-stores.js';
import { mapWriteErrors, notFound } from './organizations.errors.js';
import type { OrganizationsService } from './organizations.service.js';
import { rolesBy } from './organizations.service.js';

type Page = { offset: number; limit: number };

const invalid = (details: string) => new RequestError('request.invalid_input', 422, { details, message: details });

/**
 * Organization invitations (Logto RFC 0003): an email address invited with organization roles
 * until `expiresAt`, optionally told by email through the email connector. Accepting adds the
 * user with the invitation's roles; Accepted, Expired and Revoked are final.
 */
export function createOrganizationInvitationsService(deps: {
  stores: Pick<OrganizationStores, 'invitations' | 'grants'>;
  organizations: OrganizationsService;
  roles: OrganizationRolesService;
  users: UsersService;
  connectors: Pick<ConnectorsService, 'sendMessage'>;
  clock: () => number;
}) {
  const { invitations, grants } = deps.stores;

  const statusOf = (row: InvitationRow): InvitationStatus =>
    row.status === 'Pending' && row.expires_at <= deps.clock() ? 'Expired' : (row.status as InvitationStatus);

  async function toInvitations(rows: InvitationRow[]): Promise<Invitation[]> {
    const rolesOf = rolesBy(await invitations.rolesOf(rows.map((row) => row.id)), 'organization_invitation_id');
    return rows.map((row) => ({
      id: row.id,
      inviterId: row.inviter_id,
      invitee: row.invitee,
      acceptedUserId: row.accepted_user_id,
      organizationId: row.organization_id,
      status: statusOf(row),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      expiresAt: row.expires_at,
      organizationRoles: rolesOf(row.id),
    }));
  }

  async function findOrThrow(id: string): Promise<InvitationRow> {
    const row = await invitations.findById(id);
    if (!row) throw notFound();
    return row;
  }

  const one = async (row: InvitationRow) => (await toInvitations([row]))[0] as Invitation;

  async function sendEmail(row: InvitationRow, payload: MessagePayload): Promise<void> {
    const organization = await deps.organizations.get(row.organization_id);
    await deps.connectors.sendMessage('Email', {
      to: row.invitee,
      type: 'OrganizationInvitation',
      payload: {
        organizationId: organization.id,
        organizationName: organization.name,
        ...payload,
        code: payload.code ?? '',
      },
    });
  }

  return {
    async list(filter: InvitationFilter, page?: Page) {
      const [rows, total] = await invitations.list(filter, page);
      return { items: await toInvitations(rows), total };
    },

    get: async (id: string) => one(await findOrThrow(id)),

    async create(input: CreateInvitation): Promise<Invitation> {
      const now = deps.clock();
      if (input.expiresAt <= now)
        throw new RequestError('request.invalid_input', 400, {
          details: 'The value of `expiresAt` must be in the future.',
          message: 'The value of `expiresAt` must be in the future.',
        });
      const invitee = input.invitee.toLowerCase();
      const existing = await deps.users.findByIdentifier('email', invitee);
      if (existing && (await grants.isMember(input.organizationId, { kind: 'user', id: existing.id })))
        throw invalid('The invitee is already a member of the organization.');
      const roleIds = [...new Set(input.organizationRoleIds ?? [])];
      await deps.roles.findAllOfType(roleIds, 'User');
      const row: InvitationRow = {
        id: generateId(),
        inviter_id: input.inviterId ?? null,
        invitee,
        accepted_user_id: null,
        organization_id: input.organizationId,
        status: 'Pending',
        created_at: now,
        updated_at: now,
        expires_at: input.expiresAt,
      };
      await mapWriteErrors(async () => {
        await invitations.expirePending(input.organizationId, invitee, now);
        await invitations.insert(row, roleIds);
      });
      if (input.messagePayload) {
        // As Logto's transaction does: an invitation whose email could not be sent is not kept.
        await sendEmail(row, input.messagePayload).catch(async (error) => {
          await invitations.delete(row.id);
          throw error;
        });
      }
      return one(row);
    },

    async remove(id: string): Promise<void> {
      if (!(await invitations.delete(id))) throw notFound();
    },

    /** Sends the invitation email again (POST /:id/message), for a pending invitation only. */
    async resend(id: string, payload: MessagePayload): Promise<void> {
      const row = await findOrThrow(id);
      if (statusOf(row) !== 'Pending') throw invalid('Only a pending invitation can be sent.');
      await sendEmail(row, payload);
    },

    async setStatus(id: string, status: 'Accepted' | 'Revoked', acceptedUserId?: string | null): Promise<Invitation> {
      const row = await findOrThrow(id);
      if (statusOf(row) !== 'Pending') throw invalid('The status of the invitation cannot be changed anymore.');
      if (status === 'Revoked') {
        const updated = await invitations.update(id, { status, updated_at: deps.clock() });
        return one(updated ?? row);
      }
      if (!acceptedUserId) throw invalid('The `acceptedUserId` is required when accepting an invitation.');
      const user = await deps.users.findOrThrow(acceptedUserId).catch(() => {
        throw invalid('The accepted user does not exist.');
      });
      if (user.primary_email?.toLowerCase() !== row.invitee)
        throw invalid('The accepted user must have the same email as the invitee.');
      if (!(await invitations.accept(row, user.id, deps.clock())))
        throw invalid('The status of the invitation cannot be changed anymore.');
      return one(await findOrThrow(id));
    },
  };
}

export type OrganizationInvitationsService = ReturnType<typeof createOrganizationInvitationsService>;
