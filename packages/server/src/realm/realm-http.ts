import type Koa from 'koa';
import mount from 'koa-mount';
import type Provider from 'oidc-provider';
import { registerPublicPhraseRoutes } from '../custom-phrases/index.js';
import { createExperienceRouter } from '../experience/experience.routes.js';
import { createPages } from '../experience/pages.js';
import { createWebAuthnRouter } from '../experience/webauthn.routes.js';
import { createRouter, type RouteRegistry } from '../http/guard.js';
import { oidcErrorShape } from '../oidc/error-shape.js';
import { type CachedDocument, createPublicDocumentCache } from '../oidc/public-documents.js';
import { registerPublicSignInExperienceRoutes } from '../sign-in-experience/index.js';
import type { RealmCore } from './realm.js';
import type { RealmPlace, RealmRuntime } from './realm-runtime.js';

/**
 * The realm's provider at `${basePath}/oidc`. The provider is a Koa app of its own; it is mounted
 * once per provider instance (keys rotate by rebuilding it). Returns the lookup of its cached
 * discovery and JWKS answers.
 */
export function mountRealmProvider(
  app: Koa,
  getProvider: () => Provider,
  place: RealmPlace,
  documentVariant?: () => string,
): (path: string) => CachedDocument | undefined {
  const mountPath = `${place.basePath}/oidc`;
  let mounted: { provider: Provider; middleware: Koa.Middleware } | undefined;
  const documents = createPublicDocumentCache(getProvider, place.issuer, mountPath, documentVariant);
  app.use(documents.middleware);
  app.use(async (ctx, next) => {
    if (!ctx.path.startsWith(mountPath)) return next();
    const provider = getProvider();
    if (mounted?.provider !== provider)
      mounted = { provider, middleware: mount(mountPath, provider as unknown as Koa) };
    const { middleware } = mounted;
    await oidcErrorShape(ctx, () => middleware(ctx, next));
  });
  return documents.cached;
}

/**
 * The admin realm's sign-in surface: its pages (`/admin/sign-in`), its public settings and its
 * Experience API under `/admin/api`, bound to its own provider's `_admin_interaction` cookie.
 * Its routes register into a registry of their own, so the API documents do not list them twice.
 */
export function mountAdminRealm(
  app: Koa,
  realm: RealmCore & RealmRuntime,
  place: RealmPlace,
  guards: RouteRegistry['guards'],
): void {
  const registry: RouteRegistry = { routes: [], guards };
  const { basePath } = place;
  app.use(createPages({ signInExperience: realm.signInExperience, basePath }));
  mountRealmProvider(app, realm.getProvider, place);
  const settings = createRouter(`${basePath}/api`);
  registerPublicSignInExperienceRoutes(settings, registry, realm.fullSignInExperience);
  registerPublicPhraseRoutes(settings, registry, realm.customPhrases);
  const experience = createExperienceRouter({
    getProvider: realm.getProvider,
    experience: realm.experience,
    registry,
    basePath,
    audit: realm.auditLog.write,
  });
  const webAuthn = createWebAuthnRouter({
    getProvider: realm.getProvider,
    webAuthn: realm.webAuthn,
    signInPasskey: realm.signInPasskey,
    registry,
    basePath,
    audit: realm.auditLog.write,
  });
  for (const router of [settings, experience, webAuthn]) app.use(router.routes()).use(router.allowedMethods());
}
