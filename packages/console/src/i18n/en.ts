import { actionsEn } from '../actions/messages';
import { administratorsEn } from '../administrators/messages';
import { applicationsEn } from '../applications/messages';
import { auditLogsEn } from '../audit-logs/messages';
import { authorizationEn } from '../authorization/messages';
import { connectorsEn } from '../connectors/messages';
import { customJwtEn } from '../custom-jwt/messages';
import { dashboardEn } from '../dashboard/messages';
import { enterpriseSsoEn } from '../enterprise-sso/messages';
import { guidesEn } from '../guides/messages';
import { settingsEn } from '../settings/messages';
import { signInContentEn } from '../sign-in-content/messages';
import { signInExperienceEn } from '../sign-in-experience/messages';
import { usersEn } from '../users/messages';
import { webhooksEn } from '../webhooks/messages';

/**
 * The console's English strings: the source of every message key. Other languages are typed
 * against it (`Messages`), so a missing or misspelt key fails `npm run typecheck`.
 * `{name}` marks a value filled in by `t(key, { name })`.
 */
export const en = {
  'app.name': 'Tessera Console',
  'app.skipLink': 'Skip to main content',
  'app.loading': 'Loading…',

  'nav.label': 'Console sections',
  'nav.dashboard': 'Dashboard',
  'nav.getStarted': 'Get started',
  'nav.applications': 'Applications',
  'nav.connectors': 'Connectors',
  'nav.enterpriseSso': 'Enterprise SSO',
  'nav.signInExperience': 'Sign-in experience',
  'nav.apiResources': 'API resources',
  'nav.roles': 'Roles',
  'nav.organizationTemplate': 'Organization template',
  'nav.organizations': 'Organizations',
  'nav.users': 'Users',
  'nav.auditLogs': 'Audit logs',
  'nav.webhooks': 'Webhooks',
  'nav.customJwt': 'Custom token claims',
  'nav.actions': 'Actions',
  'nav.administrators': 'Administrators',
  'nav.settings': 'Settings',

  'header.language': 'Language',
  'header.theme': 'Theme',
  'header.signedInAs': 'Signed in as {name}, {role}',
  'header.signOut': 'Sign out',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'role.owner': 'Owner',
  'role.admin': 'Admin',
  'role.viewer': 'Viewer',

  'auth.redirecting': 'Taking you to sign-in…',
  'auth.signedOutTitle': 'Signed out',
  'auth.signedOut': 'You have signed out of the console.',
  'auth.signIn': 'Sign in',
  'auth.failedTitle': 'Sign-in did not finish',
  'auth.failed': 'The console could not complete the sign-in: {message}',
  'auth.signInAgain': 'Sign in again',

  'permission.write': 'Your role ({role}) can view but not change this.',
  'permission.owner': 'Only an Owner can do this.',
  'permission.read': 'Your role cannot view this.',

  'copy.short': 'Copy',
  'copy.button': 'Copy {label}',
  'copy.done': '{label} copied.',
  'copy.failed': 'Could not copy {label}; select the text and copy it by hand.',

  'status.dismiss': 'Dismiss',
  'status.region': 'Notifications',

  'table.pagination': 'Pages of {label}',
  'table.previous': 'Previous page',
  'table.next': 'Next page',
  'table.pageOf': 'Page {page} of {pages}',
  'table.total': '{total} in total',
  'table.empty': 'Nothing here yet.',

  'dialog.cancel': 'Cancel',
  'dialog.lost': 'This will be lost:',
  'dialog.working': 'Working…',

  'error.loadFailed': 'This could not be loaded: {message}',
  'error.retry': 'Try again',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no console page at {path}.',
  'notFound.home': 'Go to Get started',

  'getStarted.title': 'Get started',
  'getStarted.intro': 'This Tessera instance signs users in for your applications. Its endpoints are below.',
  'getStarted.apps': 'Your applications',
  'getStarted.appsIntro':
    'Create an application for your framework: its page then has a guide with your values filled in.',
  'getStarted.createApp': 'Create an application',
  'getStarted.account': 'Your account',
  'getStarted.name': 'Name',
  'getStarted.username': 'Username',
  'getStarted.role': 'Role',
  'getStarted.endpoints': 'Endpoints of this instance',
  'getStarted.endpointsIntro':
    'OpenID Connect clients need only the issuer: they read the other endpoints from the discovery document.',
  'endpoint.issuer': 'Issuer',
  'endpoint.discovery': 'Discovery document',
  'endpoint.authorization': 'Authorization endpoint',
  'endpoint.token': 'Token endpoint',
  'endpoint.jwks': 'JSON Web Key Set',
  'endpoint.userinfo': 'Userinfo endpoint',

  ...applicationsEn,
  ...guidesEn,
  ...connectorsEn,
  ...signInExperienceEn,
  ...signInContentEn,
  ...settingsEn,
  ...authorizationEn,
  ...usersEn,
  ...auditLogsEn,
  ...dashboardEn,
  ...webhooksEn,
  ...enterpriseSsoEn,
  ...customJwtEn,
  ...actionsEn,
  ...administratorsEn,
};

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
