import { describe, expect, it } from 'vitest';
import { frameworkIds } from './frameworks';
import { guideUris, guideValues } from './guide-values';
import { type GuideValues, guides, type Step } from './snippets';
import { expressBaseUrl } from './snippets/express';
import { isManagementApi } from './snippets/machine-to-machine';
import { authjsCallbackPath } from './snippets/nextjs-authjs';
import { callsOf, constantOf, dotenvOf, isScript, syntaxErrors } from './snippets/read-snippet';

const endpoint = 'https://auth.example.com';
const appId = 'k3x9appid000000000001';
// Quotes, `$` and spaces in the values: each must stay one intact literal in every language.
const resources = ['https://api.example.com', "https://shop.example.com/o'reilly$v1"];
const scopes = ['read:orders', 'write:orders'];
const realSecret = 'Zr8TqW2mLx5VnB7cKd3HfJ9pYs4Ga6Ue';

/** An app as the API answers it, with a secret as the create answer carries one. */
function appWith(redirectUris: string[], postLogoutRedirectUris: string[] = []) {
  return {
    id: appId,
    name: 'Shop',
    oidcClientMetadata: { redirectUris, postLogoutRedirectUris },
    secret: realSecret,
    secrets: [{ name: 'default', value: realSecret }],
  };
}

const noUris = appWith([]);

function valuesFor(framework: (typeof frameworkIds)[number], app = noUris, picked = { resources, scopes }) {
  return guideValues(framework, app, endpoint, picked);
}

const code = (steps: Step[], filename: string) => {
  const found = steps.find((step) => step.code?.filename === filename)?.code?.text;
  if (found === undefined) throw new Error(`no ${filename} step`);
  return found;
};
const codes = (steps: Step[], language: string) =>
  steps.flatMap((step) => (step.code?.language === language ? [step.code.text] : []));
const allText = (steps: Step[]) => steps.map((step) => step.code?.text ?? '').join('\n');

describe('integration guide snippets', () => {
  it.each(frameworkIds)('%s: scripts parse, JSON parses, no secret is rendered', (framework) => {
    for (const picked of [
      { resources, scopes },
      { resources: [], scopes: [] },
    ]) {
      const steps = guides[framework](valuesFor(framework, noUris, picked));
      expect(steps.length).toBeGreaterThan(1);
      for (const step of steps) {
        expect(step.titleKey).toMatch(/^guides\./);
        if (!step.code) continue;
        if (isScript(step.code)) expect(syntaxErrors(step.code), step.code.text).toEqual([]);
        if (step.code.language === 'json') expect(() => JSON.parse(step.code?.text ?? '')).not.toThrow();
      }
      const text = allText(steps);
      expect(text).not.toContain(realSecret);
      // No value went missing: only TypeScript's `| undefined` may say undefined.
      expect(text.replaceAll('| undefined', '')).not.toContain('undefined');
    }
  });

  it('flutter: LogtoConfig, the custom scheme in AndroidManifest.xml, sign-in and sign-out URIs', () => {
    const values = valuesFor('flutter');
    expect(values.redirectUri).toBe(`io.tessera.${appId}://callback`);
    const steps = guides.flutter(values);
    const dart = code(steps, 'lib/auth.dart');
    expect(dart).toContain(`endpoint: '${endpoint}'`);
    expect(dart).toContain(`appId: '${appId}'`);
    expect(dart).toContain(`resources: ['https://api.example.com', 'https://shop.example.com/o\\'reilly\\$v1']`);
    expect(dart).toContain(`scopes: ['email', 'read:orders', 'write:orders']`);
    expect(dart).toContain(`const redirectUri = 'io.tessera.${appId}://callback';`);
    expect(dart).toContain(`const postSignOutRedirectUri = 'io.tessera.${appId}://signed-out';`);
    expect(code(steps, 'android/app/src/main/AndroidManifest.xml')).toContain(
      `<data android:scheme="io.tessera.${appId}" />`,
    );
    expect(code(steps, 'pubspec.yaml')).toMatch(/logto_dart_sdk: \^3/);
    expect(code(steps, 'lib/account.dart')).toContain('logtoClient.signIn(redirectUri)');
    expect(code(steps, 'lib/api.dart')).toContain(`resource = 'https://api.example.com'`);
  });

  it('chrome-extension: manifest permissions, the chromiumapp.org paths, the client config', () => {
    const app = appWith(['https://abcdefghijklmnop.chromiumapp.org/callback']);
    const values = valuesFor('chrome-extension', app);
    expect(values.postSignOutRedirectUri).toBe('https://abcdefghijklmnop.chromiumapp.org/');
    const steps = guides['chrome-extension'](values);
    const manifest = JSON.parse(code(steps, 'manifest.json'));
    expect(manifest).toMatchObject({
      manifest_version: 3,
      permissions: expect.arrayContaining(['identity', 'storage']),
      background: { service_worker: 'background.js', type: 'module' },
      action: { default_popup: 'popup.html' },
    });
    const background = code(steps, 'background.js');
    expect(callsOf(background, 'chrome.identity.getRedirectURL')).toEqual([['/callback'], []]);
    expect(callsOf(code(steps, 'logto.js'), 'LogtoClient')).toEqual([
      [{ endpoint, appId, scopes: ['email', ...scopes], resources }],
    ]);
    expect(code(steps, 'popup.html')).toContain('src="popup.js"');
    // Before the extension has an ID, the suggested URIs hold a placeholder: the same paths.
    const suggested = guides['chrome-extension'](valuesFor('chrome-extension'));
    expect(callsOf(code(suggested, 'background.js'), 'chrome.identity.getRedirectURL')).toEqual([['/callback'], []]);
  });

  it('nextjs-authjs: the provider variables, the callback, one resource and the scopes', () => {
    const values = valuesFor('nextjs-authjs');
    expect(values.redirectUri).toBe(`http://localhost:3000${authjsCallbackPath}`);
    const steps = guides['nextjs-authjs'](values);
    expect(dotenvOf(code(steps, '.env.local'))).toMatchObject({
      AUTH_LOGTO_ISSUER: `${endpoint}/oidc`,
      AUTH_LOGTO_ID: appId,
      AUTH_LOGTO_SECRET: '<your-app-secret>',
    });
    const auth = code(steps, 'auth.ts');
    const api = constantOf(auth, 'api');
    expect(api).toBe(resources[0]);
    const [[options]] = callsOf(auth, 'Logto', { names: { api } }) as [[any]];
    expect(options.authorization.params).toMatchObject({ resource: resources[0], prompt: 'consent' });
    // Auth.js's token request names no resource: the snippet trades the refresh token for the API's token.
    expect(auth).toContain("grant_type: 'refresh_token', refresh_token: refreshToken, resource: api");
    expect(options.authorization.params.scope.split(' ')).toEqual(expect.arrayContaining(['openid', ...scopes]));
    // Auth.js sends one resource; the step says so when more were picked.
    expect(steps.some((step) => step.bodyKey === 'guides.authjs.config.bodyOneResource')).toBe(true);
    expect(code(steps, 'app/api/auth/[...nextauth]/route.ts')).toContain('handlers');
  });

  it('python-flask: LogtoConfig with resources, scopes and organizations, and the routes', () => {
    const values = valuesFor(
      'python-flask',
      appWith(['https://shop.example.com/auth/done'], ['https://shop.example.com/']),
    );
    const [client, routes, tokens] = codes(guides['python-flask'](values), 'python');
    expect(client).toContain(`endpoint="${endpoint}"`);
    expect(client).toContain(`appId="${appId}"`);
    expect(client).toContain('appSecret=os.environ["LOGTO_APP_SECRET"]');
    expect(client).toContain(`resources=["https://api.example.com", "https://shop.example.com/o'reilly$v1"]`);
    for (const scope of ['UserInfoScope.email', 'UserInfoScope.organizations', '"read:orders"', '"write:orders"'])
      expect(client).toContain(scope);
    expect(routes).toContain('redirectUri="https://shop.example.com/auth/done"');
    expect(routes).toContain('@app.route("/auth/done")');
    expect(routes).toContain('postLogoutRedirectUri="https://shop.example.com/"');
    expect(tokens).toContain('client.getAccessTokenClaims("https://api.example.com")');
    expect(tokens).toContain('getOrganizationTokenClaims');
  });

  it('react: the provider config, the callback path, signIn and signOut URIs', () => {
    const values = valuesFor('react');
    const steps = guides.react(values);
    const main = code(steps, 'src/main.tsx');
    expect(constantOf(main, 'config')).toEqual({ endpoint, appId, scopes: ['email', ...scopes], resources });
    expect(main).toContain("location.pathname === '/callback'");
    const home = code(steps, 'src/Home.tsx');
    expect(callsOf(home, 'signIn')).toEqual([['http://localhost:5173/callback']]);
    expect(callsOf(home, 'signOut')).toEqual([['http://localhost:5173/']]);
  });

  it('express: the config, the base URL the SDK builds its callback from', () => {
    const values = valuesFor('express', appWith(['https://shop.example.com/logto/sign-in-callback']));
    const app = code(guides.express(values), 'app.js');
    const config = constantOf(app, 'config', { env: { LOGTO_APP_SECRET: '<secret>' } }) as Record<string, unknown>;
    expect(config).toEqual({
      endpoint,
      appId,
      appSecret: '<secret>',
      baseUrl: 'https://shop.example.com',
      scopes: ['email', ...scopes],
      resources,
    });
    expect(values.postSignOutRedirectUri).toBe('https://shop.example.com');
    expect(expressBaseUrl(values.redirectUri)).toBe(config.baseUrl);
    expect(app).toContain('app.listen(443)');
  });

  it('machine-to-machine: the token request with resource and scopes, then the Management API or a check', () => {
    const values = valuesFor('machine-to-machine');
    const steps = guides['machine-to-machine'](values);
    const [curl] = codes(steps, 'bash');
    expect(curl).toContain(`curl -s '${endpoint}/oidc/token'`);
    expect(curl).toContain(`--user '${appId}'":$APP_SECRET"`);
    expect(curl).toContain("--data-urlencode 'resource=https://api.example.com'");
    expect(curl).toContain("--data-urlencode 'scope=read:orders write:orders'");
    const token = code(steps, 'token.ts');
    expect(constantOf(token, 'tokenEndpoint')).toBe(`${endpoint}/oidc/token`);
    expect(constantOf(token, 'appId')).toBe(appId);
    expect(token).toContain("resource = 'https://api.example.com', scope = 'read:orders write:orders'");
    expect(code(steps, 'verify-token.ts')).toContain("audience: 'https://api.example.com'");

    const management = guides['machine-to-machine'](
      valuesFor('machine-to-machine', noUris, { resources: ['https://default.logto.app/api'], scopes: ['all'] }),
    );
    expect(isManagementApi('https://default.logto.app/api')).toBe(true);
    expect(allText(management)).toContain(`'${endpoint}/api/applications'`);
  });

  it.each(['generic-native', 'generic-spa', 'generic-traditional'] as const)(
    '%s: the raw OIDC parameters, authorization and sign-out URLs',
    (framework) => {
      const values = valuesFor(framework);
      const steps = guides[framework](values);
      const [settings] = codes(steps, 'json');
      expect(JSON.parse(settings ?? '')).toMatchObject({
        issuer: `${endpoint}/oidc`,
        discovery: `${endpoint}/oidc/.well-known/openid-configuration`,
        client_id: appId,
        redirect_uri: values.redirectUri,
        post_logout_redirect_uri: values.postSignOutRedirectUri,
        resource: resources,
        code_challenge_method: 'S256',
        token_endpoint_auth_method: framework === 'generic-traditional' ? 'client_secret_basic' : 'none',
      });
      const [authorize, signOut] = codes(steps, 'url').map((text) => new URL(text.trim()));
      expect(authorize?.searchParams.get('client_id')).toBe(appId);
      expect(authorize?.searchParams.get('redirect_uri')).toBe(values.redirectUri);
      expect(authorize?.searchParams.getAll('resource')).toEqual(resources);
      expect(authorize?.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', ...scopes]));
      expect(signOut?.searchParams.get('post_logout_redirect_uri')).toBe(values.postSignOutRedirectUri);
    },
  );
});

describe('guide URIs', () => {
  it('use a registered redirect URI the SDK can use, else suggest one and say it is missing', () => {
    expect(guideUris('react', appWith(['https://shop.example.com/cb'], ['https://shop.example.com/bye']))).toEqual({
      redirectUri: 'https://shop.example.com/cb',
      postSignOutRedirectUri: 'https://shop.example.com/bye',
      missing: [],
    });
    // Auth.js calls back at its own path: the app's site with that path is suggested.
    expect(guideUris('nextjs-authjs', appWith(['https://shop.example.com/cb']))).toEqual({
      redirectUri: `https://shop.example.com${authjsCallbackPath}`,
      postSignOutRedirectUri: '',
      missing: ['redirectUri'],
    });
    expect(guideUris('chrome-extension', noUris)).toEqual({
      redirectUri: 'https://<extension-id>.chromiumapp.org/callback',
      postSignOutRedirectUri: 'https://<extension-id>.chromiumapp.org/',
      missing: ['redirectUri', 'postSignOutRedirectUri'],
    });
    // A web redirect does not suit Flutter's custom-scheme callback.
    expect(guideUris('flutter', appWith(['https://shop.example.com/cb'])).redirectUri).toBe(
      `io.tessera.${appId}://callback`,
    );
    expect(guideUris('machine-to-machine', noUris)).toEqual({
      redirectUri: '',
      postSignOutRedirectUri: '',
      missing: [],
    });
  });

  it('take only the id and URIs from the app, never a secret', () => {
    const values: GuideValues = valuesFor('generic-traditional');
    expect(Object.keys(values).sort()).toEqual(
      ['appId', 'endpoint', 'postSignOutRedirectUri', 'redirectUri', 'resources', 'scopes'].sort(),
    );
    expect(JSON.stringify(values)).not.toContain(realSecret);
  });
});
