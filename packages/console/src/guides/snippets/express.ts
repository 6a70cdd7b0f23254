import { js, jsArray, sdkScopes } from './format.js';
import type { Guide, GuideValues } from './types.js';

/**
 * Express with @logto/express: `handleAuthRoutes` serves /logto/sign-in, /logto/sign-in-callback
 * and /logto/sign-out under `baseUrl`, and sends the user back to `baseUrl` after sign-out.
 */

export const expressCallbackPath = '/logto/sign-in-callback';

/** The app's base URL: the redirect URI without the SDK's callback path. */
export function expressBaseUrl(redirectUri: string): string {
  if (redirectUri.endsWith(expressCallbackPath)) return redirectUri.slice(0, -expressCallbackPath.length);
  try {
    return new URL(redirectUri).origin;
  } catch {
    return 'http://localhost:3000';
  }
}

function portOf(baseUrl: string): number {
  try {
    const url = new URL(baseUrl);
    return Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  } catch {
    return 3000;
  }
}

function app(values: GuideValues): string {
  const baseUrl = expressBaseUrl(values.redirectUri);
  const resources = values.resources.length > 0 ? `\n  resources: ${jsArray(values.resources)},` : '';
  const [resource] = values.resources;
  const apiRoute = resource
    ? `

// With getAccessToken, request.user.accessToken is a JWT for ${resource}.
const withToken = withLogto({ ...config, getAccessToken: true, resource: ${js(resource)} });
app.get('/api-token', withToken, (request, response) => {
  response.json({ scopes: request.user.scopes });
});`
    : '';
  return `import { handleAuthRoutes, withLogto } from '@logto/express';
import cookieParser from 'cookie-parser';
import express from 'express';
import session from 'express-session';

const config = {
  endpoint: ${js(values.endpoint)},
  appId: ${js(values.appId)},
  appSecret: process.env.LOGTO_APP_SECRET,
  baseUrl: ${js(baseUrl)},
  scopes: ${jsArray(sdkScopes(values))},${resources}
};

const app = express();
app.use(cookieParser());
// The SDK keeps its tokens in the session.
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(handleAuthRoutes(config));

app.get('/', withLogto(config), (request, response) => {
  if (!request.user.isAuthenticated) {
    response.redirect('/logto/sign-in');
    return;
  }
  response.json({ claims: request.user.claims, signOut: '/logto/sign-out' });
});${apiRoute}

app.listen(${portOf(baseUrl)});
`;
}

export const expressGuide: Guide = (values) => [
  {
    titleKey: 'guides.step.install.title',
    bodyKey: 'guides.express.install.body',
    code: { language: 'bash', text: 'npm install @logto/express express express-session cookie-parser\n' },
  },
  {
    titleKey: 'guides.express.app.title',
    bodyKey: 'guides.express.app.body',
    code: { language: 'javascript', filename: 'app.js', text: app(values) },
  },
];
