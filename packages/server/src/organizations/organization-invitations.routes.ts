import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import {
  createInvitationSchema,
  invitationSchema,
  invitationStatusBody,
  listInvitationsQuery,
  messagePayloadSchema,
} from './organization-invitations.schemas.js';
import type { OrganizationInvitationsService } from './organization-invitations.service.js';

const tags = ['Organization invitations'];
const params = z.object({ id: idParam });
const base = '/organization-invitations';

/** Management API: invitations to organizations, by email. */
export function registerOrganizationInvitationRoutes(
  router: Router,
  registry: RouteRegistry,
  invitations: OrganizationInvitationsService,
) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: base,
      summary: 'List invitations (filter by organizationId, inviterId or invitee)',
      tags,
      query: listInvitationsQuery,
      response: z.array(invitationSchema),
      status: 200,
      errors: [400],
    },
    ({ query, ctx }) =>
      paginateOptional(ctx, (page) =>
        invitations.list(
          { organizationId: query.organizationId, inviterId: query.inviterId, invitee: query.invitee?.toLowerCase() },
          page,
        ),
      ),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: base,
      summary: 'Invite an email address to an organization; with messagePayload, email the invitee',
      tags,
      body: createInvitationSchema,
      response: invitationSchema,
      status: 201,
      errors: [400, 422, 502],
    },
    ({ body }) => invitations.create(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path: `${base}/:id`,
      summary: 'Get an invitation',
      tags,
      params,
      response: invitationSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => invitations.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: `${base}/:id`,
      summary: 'Delete an invitation',
      tags,
      params,
      status: 204,
      errors: [404],
    },
    ({ params }) => invitations.remove(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path: `${base}/:id/message`,
      summary: 'Send the invitation email again',
      tags,
      params,
      body: messagePayloadSchema,
      status: 204,
      errors: [400, 404, 422, 502],
    },
    ({ params, body }) => invitations.resend(params.id, body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path: `${base}/:id/status`,
      summary: 'Accept (adds the member with the invitation roles) or revoke a pending invitation',
      tags,
      params,
      body: invitationStatusBody,
      response: invitationSchema,
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, body }) => invitations.setStatus(params.id, body.status, body.acceptedUserId),
  );
}
