import type Router from '@koa/router';
import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import {
  type ApplicationExtrasStore,
  type ApplicationSignInExperienceService,
  type ApplicationsService,
  cimdCeiling,
  consentOwnerOf,
} from '../applications/index.js';
import { defineRoute, type RouteRegistry } from '../http/guard.js';
import { RequestError } from '../http/request-error.js';
import { organizationsResource } from '../oidc/organization-resource.js';
import type { OrganizationsService } from '../organizations/index.js';
import type { UsersService } from '../users/index.js';
import { type ConsentInfo, consentAcceptBody, consentInfoSchema, redirectResponse } from './consent.schemas.js';
import type { ConsentService } from './consent.service.js';

const organizationsScope = 'urn:logto:scope:organizations';
type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;
interface ConsentDetails {
  missingOIDCScope?: string[];
  missingOIDCClaims?: string[];
  missingResourceScopes?: Record<string, string[]>;
}

const words = (value: unknown) => (typeof value === 'string' ? value.split(' ').filter(Boolean) : []);
const isHttpsUrl = (value: unknown): value is string => {
  try {
    return typeof value === 'string' && new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
};
const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : []);

/**
 * The consent page's API (`/api/experience/consent`, Tessera's counterpart of Logto's legacy
 * `GET/POST /api/interaction/consent`), bound to the `_interaction` cookie like the Experience API.
 * Only an interaction whose prompt is `consent` (a signed-in user and a third-party app asking
 * for something not yet granted) is answered. Accept grants exactly what is shown; refuse ends
 * the authorization request with `access_denied` at the app's redirect URI.
 */
export function registerConsentExperienceRoutes(
  router: Router,
  registry: RouteRegistry,
  deps: {
    getProvider: () => Provider;
    applications: Pick<ApplicationsService, 'get'>;
    signInExperience: Pick<ApplicationSignInExperienceService, 'overlayFor'>;
    users: Pick<UsersService, 'get'>;
    organizations: Pick<OrganizationsService, 'ofUser'>;
    store: Pick<
      ApplicationExtrasStore,
      'resourceScopesByNames' | 'addConsentOrganizations' | 'consentScopeIds' | 'organizationScopesByIds'
    >;
    consent: Pick<ConsentService, 'memberOrganizations'>;
  },
) {
  const tags = ['Experience'];

  async function consentInteraction(ctx: Context): Promise<Interaction & { accountId: string; clientId: string }> {
    let interaction: Interaction;
    try {
      interaction = await deps.getProvider().interactionDetails(ctx.req, ctx.res);
    } catch {
      throw new RequestError('session.interaction_not_found', 400);
    }
    const accountId = interaction.session?.accountId;
    const clientId = interaction.params.client_id;
    if (interaction.prompt.name !== 'consent' || !accountId || typeof clientId !== 'string')
      throw new RequestError('session.interaction_not_found', 400, { message: 'There is no consent to give here.' });
    return Object.assign(interaction, { accountId, clientId });
  }

  // The organizations scope reaches the consent prompt only when the app (or, for a metadata
  // document client, the realm's ceiling) may ask for it: the user scope check refuses it before.
  const asksForOrganizations = (interaction: Interaction) =>
    words(interaction.params.scope).includes(organizationsScope);

  /**
   * The organization permissions asked for (with the organizations resource) that the app may
   * have: shown on the page, and granted on Allow for the organization tokens to narrow later.
   */
  async function askedOrganizationScopes(interaction: Interaction & { clientId: string }) {
    if (!list(interaction.params.resource).includes(organizationsResource)) return [];
    const asked = new Set(words(interaction.params.scope));
    const ids = (await deps.store.consentScopeIds(consentOwnerOf(interaction.clientId)))
      .filter((row) => row.scope_type === 'organizationScopes')
      .map((row) => row.scope_id);
    const scopes = await deps.store.organizationScopesByIds(ids);
    return scopes.filter((scope) => asked.has(scope.name)).map(({ name, description }) => ({ name, description }));
  }

  /**
   * The app as the page shows it: a registered one with its per-app sign-in experience; a
   * metadata document client with what its document says (name, logo, terms) and its URL's host.
   */
  async function applicationShown(clientId: string): Promise<ConsentInfo['application']> {
    if (consentOwnerOf(clientId) === cimdCeiling) {
      const client = (await deps.getProvider().Client.find(clientId)) as unknown as
        | Record<string, string | undefined>
        | undefined;
      if (!client) throw new RequestError('session.interaction_not_found', 400);
      const host = new URL(clientId).host;
      return {
        id: clientId,
        name: client.clientName ?? host,
        displayName: null,
        // An https logo only: the page loads it from the client's site (img-src allows https:).
        branding: { ...(isHttpsUrl(client.logoUri) && { logoUrl: client.logoUri }) },
        termsOfUseUrl: client.tosUri ?? null,
        privacyPolicyUrl: client.policyUri ?? null,
        clientIdHost: host,
      };
    }
    const [app, overlay] = await Promise.all([
      deps.applications.get(clientId),
      deps.signInExperience.overlayFor(clientId),
    ]);
    return {
      id: app.id,
      name: app.name,
      displayName: overlay?.displayName ?? null,
      branding: { logoUrl: overlay?.branding.logoUrl, darkLogoUrl: overlay?.branding.darkLogoUrl },
      termsOfUseUrl: overlay?.termsOfUseUrl ?? null,
      privacyPolicyUrl: overlay?.privacyPolicyUrl ?? null,
    };
  }

  defineRoute(
    router,
    registry,
    {
      method: 'get',
      auth: 'interaction',
      path: '/api/experience/consent',
      summary: 'What a third-party application asks the signed-in user to consent to',
      tags,
      response: consentInfoSchema,
      status: 200,
      errors: [400],
    },
    async ({ ctx }): Promise<ConsentInfo> => {
      const interaction = await consentInteraction(ctx);
      const details = interaction.prompt.details as ConsentDetails;
      const [application, user] = await Promise.all([
        applicationShown(interaction.clientId),
        deps.users.get(interaction.accountId),
      ]);
      const missingResourceScopes: ConsentInfo['missingResourceScopes'] = [];
      for (const [indicator, names] of Object.entries(details.missingResourceScopes ?? {})) {
        const found = await deps.store.resourceScopesByNames(indicator, names);
        if (found && found.scopes.length > 0)
          missingResourceScopes.push({ resource: { name: found.resource.name, indicator }, scopes: found.scopes });
      }
      const organizationScopes = await askedOrganizationScopes(interaction);
      if (organizationScopes.length > 0)
        missingResourceScopes.push({
          resource: { name: 'Organizations', indicator: organizationsResource },
          scopes: organizationScopes,
        });
      const organizations = asksForOrganizations(interaction)
        ? (await deps.organizations.ofUser(interaction.accountId)).map(({ id, name }) => ({ id, name }))
        : undefined;
      return {
        application,
        user: { id: user.id, name: user.name, username: user.username, primaryEmail: user.primaryEmail },
        missingOIDCScope: details.missingOIDCScope ?? [],
        missingResourceScopes,
        ...(organizations && { organizations }),
        redirectUri: String(interaction.params.redirect_uri ?? ''),
      };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/api/experience/consent',
      summary: 'Consent: grant what the page showed (and the organizations picked), then continue',
      tags,
      body: consentAcceptBody,
      response: redirectResponse,
      status: 200,
      errors: [400, 422],
    },
    async ({ ctx, body }) => {
      const provider = deps.getProvider();
      const interaction = await consentInteraction(ctx);
      const { accountId, clientId } = interaction;
      const details = interaction.prompt.details as ConsentDetails;
      const picked = body.organizationIds ?? [];
      if (picked.length > 0 && !asksForOrganizations(interaction))
        throw new RequestError('guard.invalid_input', 400, {
          message: 'Organizations are granted only when the application asks for the organizations scope.',
        });
      const organizations = await deps.consent.memberOrganizations(accountId, picked);

      const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
      const grant = existing ?? new provider.Grant({ accountId, clientId });
      if (details.missingOIDCScope?.length) grant.addOIDCScope(details.missingOIDCScope.join(' '));
      if (details.missingOIDCClaims?.length) grant.addOIDCClaims(details.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {}))
        grant.addResourceScope(indicator, scopes.join(' '));
      // Organization permissions are granted per organization later (organization tokens): record
      // the ones shown, which an organization token then narrows to the user's roles there.
      const organizationScopes = await askedOrganizationScopes(interaction);
      if (organizationScopes.length > 0)
        grant.addResourceScope(organizationsResource, organizationScopes.map((scope) => scope.name).join(' '));
      const grantId = await grant.save();
      await deps.store.addConsentOrganizations(
        clientId,
        accountId,
        organizations.map((org) => org.id),
      );
      const redirectTo = await provider.interactionResult(
        ctx.req,
        ctx.res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return { redirectTo };
    },
  );

  defineRoute(
    router,
    registry,
    {
      method: 'post',
      auth: 'interaction',
      path: '/api/experience/consent/refuse',
      summary: 'Refuse: the application gets access_denied at its redirect URI',
      tags,
      response: redirectResponse,
      status: 200,
      errors: [400],
    },
    async ({ ctx }) => {
      await consentInteraction(ctx);
      const redirectTo = await deps
        .getProvider()
        .interactionResult(
          ctx.req,
          ctx.res,
          { error: 'access_denied', error_description: 'The user refused to grant access to the application.' },
          { mergeWithLastSubmission: false },
        );
      return { redirectTo };
    },
  );
}
