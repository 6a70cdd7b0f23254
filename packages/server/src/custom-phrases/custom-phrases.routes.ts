import type Router from '@koa/router';
import { z } from 'zod';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { canonicalLanguageTag } from '../management/fields.js';
import { customPhraseSchema, languageTagParams, phrasesQuery, translationSchema } from './custom-phrases.schemas.js';
import type { CustomPhrasesService } from './custom-phrases.service.js';

const tags = ['Custom phrases'];
const base = '/custom-phrases';
const params = languageTagParams;
const tagOf = (value: { languageTag: string }) => canonicalLanguageTag(value.languageTag);

/** Management API: Logto's custom phrases, one nested translation per language. */
export function registerCustomPhraseRoutes(router: Router, registry: RouteRegistry, phrases: CustomPhrasesService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: base,
      summary: 'List the custom phrases of every language',
      tags,
      auth: 'management:read',
      response: z.array(customPhraseSchema),
      status: 200,
    },
    () => phrases.list(),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      path: `${base}/:languageTag`,
      summary: 'Get the custom phrases of a language',
      tags,
      auth: 'management:read',
      params,
      response: customPhraseSchema,
      status: 200,
      errors: [400, 404],
    },
    ({ params }) => phrases.get(tagOf(params)),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'put',
      path: `${base}/:languageTag`,
      summary: 'Create or replace the custom phrases of a language (empty phrases are dropped)',
      tags,
      auth: 'management',
      params,
      body: translationSchema,
      response: customPhraseSchema,
      status: 201,
      errors: [400],
    },
    ({ params, body }) => phrases.put(tagOf(params), body),
  );

  defineRoute(
    router,
    registry,
    {
      method: 'delete',
      path: `${base}/:languageTag`,
      summary: 'Delete the custom phrases of a language; the default language’s are refused (409)',
      tags,
      auth: 'management',
      params,
      status: 204,
      errors: [400, 404, 409],
    },
    async ({ params }) => {
      await phrases.remove(tagOf(params));
      return undefined;
    },
  );
}

/** Anonymous: the language the sign-in pages show and its custom phrases (GET /api/.well-known/phrases). */
export function registerPublicPhraseRoutes(router: Router, registry: RouteRegistry, phrases: CustomPhrasesService) {
  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'public',
      path: '/.well-known/phrases',
      summary:
        'The custom phrases of the language chosen from lng (else Accept-Language) and the language settings; the language is in Content-Language',
      tags: ['Well-known'],
      query: phrasesQuery,
      response: z.record(z.string(), z.unknown()),
      status: 200,
      errors: [400],
    },
    async ({ query, ctx }) => {
      const { language, translation } = await phrases.forPage(query.lng, ctx.get('accept-language'));
      ctx.set('Content-Language', language);
      ctx.set('Vary', 'Accept-Language');
      return translation;
    },
  );
}
