import type { Context } from 'koa';
import { z } from 'zod';
import { describeIssues } from './guard.js';
import { RequestError } from './request-error.js';

/** Logto's pagination: `page` (1-based) and `page_size` (max 100), total in the Total-Number header. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(100).default(20),
});

export function parsePagination(ctx: Context): { page: number; pageSize: number; offset: number } {
  const result = paginationQuery.safeParse({ page: ctx.query.page, page_size: ctx.query.page_size });
  if (!result.success)
    throw new RequestError('guard.invalid_pagination', 400, { details: describeIssues(result.error) });
  const { page, page_size: pageSize } = result.data;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function setTotal(ctx: Context, total: number): void {
  ctx.set('Total-Number', String(total));
}

export interface Page {
  offset: number;
  limit: number;
}

type Load<T, P> = (page: P) => Promise<{ items: T[]; total: number }>;

/** Logto's lists: `page`/`page_size`, the total in the Total-Number header. */
export async function paginate<T>(ctx: Context, load: Load<T, Page>): Promise<T[]> {
  const { offset, pageSize } = parsePagination(ctx);
  const { items, total } = await load({ offset, limit: pageSize });
  setTotal(ctx, total);
  return items;
}

/** Where Logto's pagination is optional: with neither `page` nor `page_size`, the whole list and no header. */
export async function paginateOptional<T>(ctx: Context, load: Load<T, Page | undefined>): Promise<T[]> {
  if (ctx.query.page === undefined && ctx.query.page_size === undefined) return (await load(undefined)).items;
  return paginate(ctx, load);
}
