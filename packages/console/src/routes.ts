import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { ParamsOf } from './router/match';

/** The console's areas in navigation order; an area shows in the nav once a route names it. */
export const areas = [
  'dashboard',
  'getStarted',
  'applications',
  'connectors',
  'enterpriseSso',
  'signInExperience',
  'apiResources',
  'roles',
  'organizationTemplate',
  'organizations',
  'users',
  'auditLogs',
  'webhooks',
  'customJwt',
  'actions',
  'administrators',
  'settings',
] as const;
export type Area = (typeof areas)[number];

export interface PageProps<Params = Record<string, string>> {
  params: Params;
}

export interface ConsoleRoute {
  path: string;
  area: Area;
  /** The route the nav links to for its area (one per area). */
  nav?: true;
  /** Open without signing in (first-run setup, invitations). */
  public?: true;
  page: LazyExoticComponent<ComponentType<PageProps>>;
}

/** One route; the page's props are typed from the path's parameters. */
function route<Path extends `/console${string}`>(
  path: Path,
  options: Omit<ConsoleRoute, 'path' | 'page'>,
  load: () => Promise<{ default: ComponentType<PageProps<ParamsOf<Path>>> }>,
): ConsoleRoute {
  // Each area is its own chunk, fetched when first opened.
  const page = lazy(load) as unknown as ConsoleRoute['page'];
  return { path, ...options, page };
}

export const routes: readonly ConsoleRoute[] = [
  route('/console', { area: 'getStarted', nav: true }, () => import('./get-started/get-started-page')),
  route('/console/dashboard', { area: 'dashboard', nav: true }, () => import('./dashboard/dashboard-page')),
  route('/console/applications', { area: 'applications', nav: true }, () => import('./applications/applications-page')),
  route('/console/applications/:id', { area: 'applications' }, () => import('./applications/application-page')),
  route(
    '/console/applications/:id/sign-in-test/:testId',
    { area: 'applications' },
    () => import('./applications/sign-in-test-page'),
  ),
  route('/console/connectors', { area: 'connectors', nav: true }, () => import('./connectors/connectors-page')),
  route('/console/connectors/new/:kind', { area: 'connectors' }, () => import('./connectors/create-connector-page')),
  route('/console/connectors/:id', { area: 'connectors' }, () => import('./connectors/connector-page')),
  route(
    '/console/enterprise-sso',
    { area: 'enterpriseSso', nav: true },
    () => import('./enterprise-sso/sso-connectors-page'),
  ),
  route('/console/enterprise-sso/:id', { area: 'enterpriseSso' }, () => import('./enterprise-sso/sso-connector-page')),
  route('/console/enterprise-sso/:id/test', { area: 'enterpriseSso' }, () => import('./enterprise-sso/sso-test-page')),
  route(
    '/console/api-resources',
    { area: 'apiResources', nav: true },
    () => import('./authorization/api-resources/api-resources-page'),
  ),
  route(
    '/console/api-resources/:id',
    { area: 'apiResources' },
    () => import('./authorization/api-resources/api-resource-page'),
  ),
  route('/console/roles', { area: 'roles', nav: true }, () => import('./authorization/roles/roles-page')),
  route('/console/roles/:id', { area: 'roles' }, () => import('./authorization/roles/role-page')),
  route(
    '/console/organization-template',
    { area: 'organizationTemplate', nav: true },
    () => import('./authorization/organization-template/organization-template-page'),
  ),
  route(
    '/console/organizations',
    { area: 'organizations', nav: true },
    () => import('./authorization/organizations/organizations-page'),
  ),
  route(
    '/console/organizations/:id',
    { area: 'organizations' },
    () => import('./authorization/organizations/organization-page'),
  ),
  route(
    '/console/sign-in-experience',
    { area: 'signInExperience', nav: true },
    () => import('./sign-in-experience/sign-in-experience-page'),
  ),
  route(
    '/console/sign-in-experience/custom-phrases',
    { area: 'signInExperience' },
    () => import('./sign-in-content/custom-phrases-page'),
  ),
  route(
    '/console/sign-in-experience/email-templates',
    { area: 'signInExperience' },
    () => import('./sign-in-content/email-templates-page'),
  ),
  route(
    '/console/sign-in-experience/profile-fields',
    { area: 'signInExperience' },
    () => import('./sign-in-content/profile-fields-page'),
  ),
  route(
    '/console/sign-in-experience/custom-ui',
    { area: 'signInExperience' },
    () => import('./sign-in-experience/custom-ui-page'),
  ),
  route(
    '/console/sign-in-experience/captcha',
    { area: 'signInExperience' },
    () => import('./sign-in-experience/captcha-page'),
  ),
  route('/console/administrators', { area: 'administrators', nav: true }, () => import('./administrators/admins-page')),
  route('/console/setup', { area: 'administrators', public: true }, () => import('./administrators/setup-page')),
  route('/console/accept', { area: 'administrators', public: true }, () => import('./administrators/accept-page')),
  route('/console/users', { area: 'users', nav: true }, () => import('./users/users-page')),
  route('/console/users/:id', { area: 'users' }, () => import('./users/user-page')),
  route('/console/audit-logs', { area: 'auditLogs', nav: true }, () => import('./audit-logs/audit-logs-page')),
  route('/console/audit-logs/:id', { area: 'auditLogs' }, () => import('./audit-logs/audit-log-page')),
  route('/console/webhooks', { area: 'webhooks', nav: true }, () => import('./webhooks/webhooks-page')),
  route('/console/webhooks/:id', { area: 'webhooks' }, () => import('./webhooks/webhook-page')),
  route('/console/custom-jwt', { area: 'customJwt', nav: true }, () => import('./custom-jwt/custom-jwt-page')),
  route('/console/settings', { area: 'settings', nav: true }, () => import('./settings/settings-page')),
  route('/console/custom-jwt/:kind', { area: 'customJwt' }, () => import('./custom-jwt/custom-jwt-editor-page')),
  route('/console/actions', { area: 'actions', nav: true }, () => import('./actions/actions-page')),
  route('/console/actions/:type', { area: 'actions' }, () => import('./actions/action-editor-page')),
];
