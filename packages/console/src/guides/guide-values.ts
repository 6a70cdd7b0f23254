import type { FrameworkId } from './frameworks.js';
import { expressBaseUrl, expressCallbackPath } from './snippets/express.js';
import { authjsCallbackPath } from './snippets/nextjs-authjs.js';
import type { GuideValues } from './snippets/types.js';

/** The parts of an application a guide reads: never its secrets, even when handed an object holding one. */
export interface GuideApp {
  id: string;
  oidcClientMetadata: { redirectUris: string[]; postLogoutRedirectUris: string[] };
}

export interface GuideUris {
  redirectUri: string;
  postSignOutRedirectUri: string;
  /** The URIs the guide uses that the app does not list yet: the administrator adds them. */
  missing: Array<'redirectUri' | 'postSignOutRedirectUri'>;
}

const isWeb = (uri: string) => /^https?:\/\//i.test(uri);
const originOf = (uri: string) => new URL(uri).origin;

interface RedirectRules {
  /** Whether a registered redirect URI is one this framework's SDK can call back to. */
  fits: (uri: string) => boolean;
  /** The redirect URI to add, given the app's site when it has one. */
  suggest: (appId: string, site?: string) => string;
  /** The post sign-out URI that goes with a redirect URI; absent when the SDK never ends the Tessera session. */
  signedOut?: (redirectUri: string) => string;
  /** Only this post sign-out URI works (the SDK fixes it), whatever else is registered. */
  fixedSignedOut?: true;
}

const customScheme = (appId: string) => `io.tessera.${appId.toLowerCase()}`;
const chromiumApp = 'https://<extension-id>.chromiumapp.org';

/** A web framework whose dev server listens on `port`, with the callback at `path`. */
function web(port: number, path: string, fits: (uri: string) => boolean = isWeb): RedirectRules {
  return {
    fits,
    suggest: (_appId, site) => `${site ?? `http://localhost:${port}`}${path}`,
    signedOut: (redirectUri) => (isWeb(redirectUri) ? `${originOf(redirectUri)}/` : `http://localhost:${port}/`),
  };
}

const native: RedirectRules = {
  fits: (uri) => !isWeb(uri),
  suggest: (appId) => `${customScheme(appId)}://callback`,
  signedOut: (redirectUri) => `${redirectUri.split(':')[0]}://signed-out`,
};

const rules: Record<Exclude<FrameworkId, 'machine-to-machine'>, RedirectRules> = {
  flutter: native,
  'generic-native': { ...native, fits: () => true },
  'chrome-extension': {
    fits: (uri) => isWeb(uri) && new URL(uri).hostname.endsWith('.chromiumapp.org'),
    suggest: () => `${chromiumApp}/callback`,
    // The site part only: a URL parser refuses the <extension-id> placeholder.
    signedOut: (redirectUri) => redirectUri.replace(/^(https:\/\/[^/]+).*$/, '$1/'),
  },
  // Auth.js signs out of the app only, so it needs no post sign-out URI.
  'nextjs-authjs': {
    ...web(3000, authjsCallbackPath, (uri) => isWeb(uri) && new URL(uri).pathname === authjsCallbackPath),
    signedOut: undefined,
  },
  express: {
    ...web(3000, expressCallbackPath, (uri) => isWeb(uri) && uri.endsWith(expressCallbackPath)),
    // @logto/express returns to its baseUrl after sign-out.
    signedOut: expressBaseUrl,
    fixedSignedOut: true,
  },
  'python-flask': web(5000, '/callback'),
  react: web(5173, '/callback'),
  'generic-spa': web(5173, '/callback'),
  'generic-traditional': web(3000, '/callback'),
};

/** The redirect and post sign-out URIs a framework's guide uses for this app, and which it lacks. */
export function guideUris(framework: FrameworkId, app: GuideApp): GuideUris {
  if (framework === 'machine-to-machine') return { redirectUri: '', postSignOutRedirectUri: '', missing: [] };
  const rule = rules[framework];
  const { redirectUris, postLogoutRedirectUris } = app.oidcClientMetadata;
  const site = redirectUris.find(isWeb);
  const redirectUri = redirectUris.find(rule.fits) ?? rule.suggest(app.id, site && originOf(site));
  const missing: GuideUris['missing'] = redirectUris.includes(redirectUri) ? [] : ['redirectUri'];
  if (!rule.signedOut) return { redirectUri, postSignOutRedirectUri: '', missing };
  const expected = rule.signedOut(redirectUri);
  const postSignOutRedirectUri = rule.fixedSignedOut
    ? expected
    : (postLogoutRedirectUris.find((uri) => uri.startsWith(expected.replace(/\/$/, ''))) ??
      postLogoutRedirectUris[0] ??
      expected);
  if (!postLogoutRedirectUris.includes(postSignOutRedirectUri)) missing.push('postSignOutRedirectUri');
  return { redirectUri, postSignOutRedirectUri, missing };
}

/** The values a guide fills into its snippets. Reads only the fields named in GuideApp. */
export function guideValues(
  framework: FrameworkId,
  app: GuideApp,
  endpoint: string,
  picked: { resources: readonly string[]; scopes: readonly string[] },
): GuideValues {
  const { redirectUri, postSignOutRedirectUri } = guideUris(framework, app);
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    appId: app.id,
    redirectUri,
    postSignOutRedirectUri,
    resources: [...picked.resources],
    scopes: [...new Set(picked.scopes)],
  };
}
