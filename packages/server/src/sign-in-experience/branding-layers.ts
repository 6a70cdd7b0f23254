/**
 * Logto's sign-in experience overrides: an application's own look (its app-level sign-in
 * experience) and an organization's (`organization_id` in the authorization request) laid over
 * the tenant's, field by field. The organization wins over the application, the application over
 * the tenant; a custom CSS replaces the one below it (it is never concatenated).
 */
export interface BrandingLayer {
  color: { primaryColor?: string; isDarkModeEnabled?: boolean; darkPrimaryColor?: string };
  branding: { logoUrl?: string; darkLogoUrl?: string; favicon?: string; darkFavicon?: string };
  customCss: string | null;
  termsOfUseUrl?: string | null;
  privacyPolicyUrl?: string | null;
}

/** Logto's `appId` and `organizationId` (the pages get them as `app_id` and `organization_id`). */
export interface BrandingQuery {
  appId?: string;
  organizationId?: string;
}

/** The layers that apply, lowest first (application, then organization); unknown ids add none. */
export type BrandingLayers = (query: BrandingQuery) => Promise<BrandingLayer[]>;

interface Branded {
  color: BrandingLayer['color'];
  branding: BrandingLayer['branding'];
  customCss: string | null;
  termsOfUseUrl: string | null;
  privacyPolicyUrl: string | null;
}

/** The values a layer sets: an absent, null or empty field leaves the one below. */
function setFields<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as Partial<T>;
}

/** The settings with each layer laid over them in turn. */
export function withBrandingLayers<T extends Branded>(base: T, layers: readonly BrandingLayer[]): T {
  let result = base;
  for (const layer of layers)
    result = {
      ...result,
      color: { ...result.color, ...setFields(layer.color) },
      branding: { ...result.branding, ...setFields(layer.branding) },
      customCss: layer.customCss || result.customCss,
      termsOfUseUrl: layer.termsOfUseUrl || result.termsOfUseUrl,
      privacyPolicyUrl: layer.privacyPolicyUrl || result.privacyPolicyUrl,
    };
  return result;
}

type FindLayer = (id: string) => Promise<BrandingLayer | undefined>;

/** The layers of a query from the application's and the organization's own look. */
export function createBrandingLayers(deps: { application: FindLayer; organization: FindLayer }): BrandingLayers {
  return async ({ appId, organizationId }) => {
    const found = await Promise.all([
      appId ? deps.application(appId) : undefined,
      organizationId ? deps.organization(organizationId) : undefined,
    ]);
    return found.filter((layer): layer is BrandingLayer => layer !== undefined);
  };
}
