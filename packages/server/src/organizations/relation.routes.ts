import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { type Page, paginate, paginateOptional } from '../http/pagination.js';
import { idParam } from '../management/fields.js';
import { searchQuery } from './organizations.schemas.js';

type Params = Record<string, string>;

/**
 * The four routes of one relation, in Logto's schema-router shape: `GET path` (paged, `q`),
 * `POST path {<key>: [...]}` → 201, `PUT path {<key>: [...]}` → 204 (replace), and
 * `DELETE path/:<memberParam>` → 204.
 */
export interface RelationRoutes<T extends z.ZodType> {
  path: string;
  params: z.ZodObject<Record<string, z.ZodType<string>>>;
  memberParam: string;
  key: string;
  /** What the relation holds, for summaries ("organization permissions"). */
  noun: string;
  /** Whose relation it is, for summaries ("an organization role"). */
  owner: string;
  tags: string[];
  item: T;
  addBody: z.ZodType<Record<string, string[]>>;
  replaceBody: z.ZodType<Record<string, string[]>>;
  /** Logto makes some relation lists' pagination optional (whole list without page/page_size). */
  optionalPagination?: boolean;
  list(params: Params, page: Page | undefined, q?: string): Promise<{ items: z.output<T>[]; total: number }>;
  add(params: Params, ids: string[]): Promise<unknown>;
  replace(params: Params, ids: string[]): Promise<void>;
  remove(params: Params, memberId: string): Promise<void>;
}

export function defineRelationRoutes<T extends z.ZodType>(
  router: Router,
  registry: RouteRegistry,
  spec: RelationRoutes<T>,
) {
  const { path, params, tags, key } = spec;
  const pager = spec.optionalPagination ? paginateOptional : paginate;

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'management:read',
      path,
      summary: `List the ${spec.noun} of ${spec.owner}`,
      tags,
      params,
      query: searchQuery,
      response: z.array(spec.item),
      status: 200,
      errors: [400, 404, 422],
    },
    ({ params, query, ctx }) => pager(ctx, (page) => spec.list(params, page, query.q)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'management',
      path,
      summary: `Add ${spec.noun} to ${spec.owner}`,
      tags,
      params,
      body: spec.addBody,
      response: z.object({ [key]: z.array(z.string()) }),
      status: 201,
      errors: [400, 404, 422],
    },
    async ({ params, body }) => {
      const ids = [...new Set(body[key] ?? [])];
      await spec.add(params, ids);
      return { [key]: ids };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      auth: 'management',
      path,
      summary: `Replace the ${spec.noun} of ${spec.owner}`,
      tags,
      params,
      body: spec.replaceBody,
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params, body }) => spec.replace(params, body[key] ?? []),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      auth: 'management',
      path: `${path}/:${spec.memberParam}`,
      summary: `Remove one of the ${spec.noun} of ${spec.owner}`,
      tags,
      params: params.extend({ [spec.memberParam]: idParam }),
      status: 204,
      errors: [400, 404, 422],
    },
    ({ params }) => spec.remove(params, params[spec.memberParam] as string),
  );
}
