import type Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { paginateOptional } from '../http/pagination.js';
import { RequestError } from '../http/request-error.js';
import type { ManagementCaller } from '../management/auth.js';
import { idParam, paginationParams } from '../management/fields.js';
import type { Sentinel } from '../sentinel/sentinel.js';
import { userMfaVerificationSchema } from '../users/user-mfa.schemas.js';
import {
  acceptAdminInvitationSchema,
  adminInvitationSchema,
  adminSchema,
  adminSignInPolicyPatchSchema,
  adminSignInPolicySchema,
  consoleSetupSchema,
  createAdminInvitationSchema,
  createAdminSchema,
  createdAdminInvitationSchema,
  createdAdminSchema,
  currentAdminSchema,
  updateAdminSchema,
} from './admins.schemas.js';
import type { AdminsService } from './admins.service.js';

const tags = ['Administrators'];
const params = z.object({ id: idParam });
const pageQuery = z.object(paginationParams);
/** Setup and invitation links are tried per client IP at most this often per lockout window. */
const linkAttemptsPerIp = 10;

const caller = (ctx: Context) => ctx.state.auth as ManagementCaller;

/**
 * The console's administrators (admin realm). Reads need an administrator's token; changes need
 * an Owner's (`management:owner`). The two public routes spend a setup or invitation link,
 * rate-limited per client IP, and never sign anyone in: sessions start only at /admin/sign-in.
 */
export function registerAdminRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: { admins: AdminsService; linkAttempts: Sentinel },
) {
  const { admins, linkAttempts } = deps;

  async function limitPerIp(ctx: Context): Promise<void> {
    if (!(await linkAttempts.attempt(`ip:${ctx.ip}`, 'console.link', linkAttemptsPerIp)))
      throw new RequestError('admins.too_many_attempts', 429, {
        message: 'Too many attempts from this address; try again later.',
      });
  }

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/console/setup',
      summary: 'Create the first Owner with the one-time setup code printed at start (single use, 1 hour)',
      tags,
      auth: 'public',
      body: consoleSetupSchema,
      response: adminSchema,
      status: 201,
      errors: [400, 422, 429],
    },
    async ({ body, ctx }) => {
      await limitPerIp(ctx);
      return admins.completeSetup(body);
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/console/invitations/accept',
      summary: "Accept an invitation: create the invited administrator's account (the link works once)",
      tags,
      auth: 'public',
      body: acceptAdminInvitationSchema,
      response: adminSchema,
      status: 201,
      errors: [400, 422, 429],
    },
    async ({ body, ctx }) => {
      await limitPerIp(ctx);
      return admins.acceptInvitation(body);
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins/me',
      summary: 'The signed-in administrator, their role and the permissions it holds now',
      tags,
      auth: 'management:console',
      response: currentAdminSchema,
      status: 200,
      errors: [404],
    },
    async ({ ctx }) => {
      const { id, scopes } = caller(ctx);
      return { ...(await admins.get(id)), scopes: [...scopes] };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins/me/mfa-verifications',
      summary: "The signed-in administrator's two-step verification factors",
      tags,
      auth: 'management:console',
      response: z.array(userMfaVerificationSchema),
      status: 200,
    },
    ({ ctx }) => admins.mfaFactors(caller(ctx).id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/admins/me/mfa-prompt',
      summary:
        'Offer two-step verification set-up (TOTP, passkey, backup codes) at the next sign-in, even if skipped before',
      tags,
      auth: 'management:console',
      status: 204,
    },
    async ({ ctx }) => {
      await admins.promptMfa(caller(ctx).id);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: '/admins/:id/mfa-verifications',
      summary: "Remove all of an administrator's two-step verification factors (a lost authenticator)",
      tags,
      auth: 'management:owner',
      params,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await admins.resetMfa(params.id);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins/sign-in-policy',
      summary: "The administrators' two-step policy and password rules",
      tags,
      auth: 'management:console',
      response: adminSignInPolicySchema,
      status: 200,
    },
    () => admins.signInPolicy(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      path: '/admins/sign-in-policy',
      summary:
        "Change the administrators' two-step policy (offered or required) and password rules (12 characters or more)",
      tags,
      auth: 'management:owner',
      body: adminSignInPolicyPatchSchema,
      response: adminSignInPolicySchema,
      status: 200,
      errors: [400],
    },
    ({ body }) => admins.updateSignInPolicy(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins/invitations',
      summary: 'List invitations to the console (the links themselves are never answered again)',
      tags,
      auth: 'management:owner',
      query: pageQuery,
      response: z.array(adminInvitationSchema),
      status: 200,
      errors: [400],
    },
    ({ ctx }) => paginateOptional(ctx, (page) => admins.listInvitations(page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/admins/invitations',
      summary: 'Invite an administrator: answers a link, valid 7 days and once, to hand to the person',
      tags,
      auth: 'management:owner',
      body: createAdminInvitationSchema,
      response: createdAdminInvitationSchema,
      status: 201,
      errors: [400],
    },
    ({ body }) => admins.invite(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: '/admins/invitations/:id',
      summary: 'Revoke an invitation',
      tags,
      auth: 'management:owner',
      params,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await admins.revokeInvitation(params.id);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins',
      summary: 'List administrators with their roles',
      tags,
      auth: 'management:console',
      query: pageQuery,
      response: z.array(adminSchema),
      status: 200,
      errors: [400],
    },
    ({ ctx }) => paginateOptional(ctx, (page) => admins.list(page)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      path: '/admins',
      summary: 'Create an administrator; without `password`, one is generated and answered this once',
      tags,
      auth: 'management:owner',
      body: createAdminSchema,
      response: createdAdminSchema,
      status: 201,
      errors: [400, 422],
    },
    ({ body }) => admins.createWithPassword(body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: '/admins/:id',
      summary: 'Get an administrator',
      tags,
      auth: 'management:console',
      params,
      response: adminSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => admins.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      path: '/admins/:id',
      summary: "Change an administrator's role; the last Owner keeps theirs",
      tags,
      auth: 'management:owner',
      params,
      body: updateAdminSchema,
      response: adminSchema,
      status: 200,
      errors: [404, 422],
    },
    ({ params, body }) => admins.setRole(params.id, body.role),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: '/admins/:id',
      summary: 'Remove an administrator; the last Owner cannot be removed',
      tags,
      auth: 'management:owner',
      params,
      status: 204,
      errors: [404, 422],
    },
    async ({ params }) => {
      await admins.remove(params.id);
      return undefined;
    },
  );
}
