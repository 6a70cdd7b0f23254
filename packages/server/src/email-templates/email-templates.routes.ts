import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { idParam } from '../management/fields.js';
import {
  emailTemplateSchema,
  emailTemplatesQuery,
  putEmailTemplatesBody,
  updateEmailTemplateDetailsBody,
} from './email-templates.schemas.js';
import type { EmailTemplatesService } from './email-templates.service.js';

const tags = ['Email templates'];
const base = '/email-templates';
const params = z.object({ id: idParam });

/** Management API: Logto's email templates, per language and usage type. */
export function registerEmailTemplateRoutes(router: Router, registry: RouteRegistry, templates: EmailTemplatesService) {
  defineRoute(
    router,
    registry,
    {
      method: 'put',
      path: base,
      summary: 'Create or replace email templates (by language tag and template type)',
      tags,
      auth: 'management',
      body: putEmailTemplatesBody,
      response: z.array(emailTemplateSchema),
      status: 200,
      errors: [400],
    },
    ({ body }) => templates.putMany(body.templates),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: base,
      summary: 'List email templates, filtered by language tag and template type',
      tags,
      auth: 'management:read',
      query: emailTemplatesQuery,
      response: z.array(emailTemplateSchema),
      status: 200,
      errors: [400],
    },
    ({ query }) => templates.list(query),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: base,
      summary: 'Delete the email templates matching languageTag and/or templateType (one is required)',
      tags,
      auth: 'management',
      query: emailTemplatesQuery,
      response: z.object({ rowCount: z.number() }),
      status: 200,
      errors: [400, 422],
    },
    ({ query }) => templates.removeWhere(query),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: `${base}/:id`,
      summary: 'Get an email template',
      tags,
      auth: 'management:read',
      params,
      response: emailTemplateSchema,
      status: 200,
      errors: [404],
    },
    ({ params }) => templates.get(params.id),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: `${base}/:id`,
      summary: 'Delete an email template',
      tags,
      auth: 'management',
      params,
      status: 204,
      errors: [404],
    },
    async ({ params }) => {
      await templates.remove(params.id);
      return undefined;
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'patch',
      path: `${base}/:id/details`,
      summary: 'Update some details of an email template',
      tags,
      auth: 'management',
      params,
      body: updateEmailTemplateDetailsBody,
      response: emailTemplateSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params, body }) => templates.updateDetails(params.id, body),
  );
}
