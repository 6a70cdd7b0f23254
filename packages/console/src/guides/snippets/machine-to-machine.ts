import { issuerOf, js, sh } from './format.js';
import type { Guide, GuideValues, Step } from './types.js';

/**
 * A machine-to-machine app: the client credentials grant at `${endpoint}/oidc/token`, one API
 * resource per token request, then the token in an Authorization header.
 */

/** Tessera's Management API keeps Logto's indicator shape, `https://<tenant>.logto.app/api`. */
export const isManagementApi = (indicator: string) => /^https:\/\/[^/]+\.logto\.app\/api$/.test(indicator);

function curlToken(values: GuideValues): string {
  const [resource] = values.resources;
  const lines = [
    `curl -s ${sh(`${issuerOf(values.endpoint)}/token`)}`,
    `  --user ${sh(values.appId)}":$APP_SECRET"`,
    '  --data grant_type=client_credentials',
  ];
  if (resource) lines.push(`  --data-urlencode ${sh(`resource=${resource}`)}`);
  if (values.scopes.length > 0) lines.push(`  --data-urlencode ${sh(`scope=${values.scopes.join(' ')}`)}`);
  return `# APP_SECRET: one of this app's secrets.\n${lines.join(' \\\n')}\n`;
}

function fetchToken(values: GuideValues): string {
  const [resource] = values.resources;
  const parameters = [
    `grant_type: 'client_credentials'`,
    ...(resource ? ['resource'] : []),
    ...(values.scopes.length > 0 ? ['scope'] : []),
  ].join(', ');
  const signature = [
    ...(resource ? [`resource = ${js(resource)}`] : []),
    ...(values.scopes.length > 0 ? [`scope = ${js(values.scopes.join(' '))}`] : []),
  ].join(', ');
  return `const tokenEndpoint = ${js(`${issuerOf(values.endpoint)}/token`)};
const appId = ${js(values.appId)};

/** An access token for this app; reuse it until shortly before \`expires_in\` seconds pass. */
export async function fetchAccessToken(${signature}): Promise<string> {
  const credentials = Buffer.from(appId + ':' + process.env.APP_SECRET).toString('base64');
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + credentials, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ${parameters} }),
  });
  if (!response.ok) throw new Error('Token request failed: ' + response.status + ' ' + (await response.text()));
  const body = (await response.json()) as { access_token: string; expires_in: number };
  return body.access_token;
}
`;
}

function callManagementApi(values: GuideValues): string {
  return `curl -s ${sh(`${values.endpoint.replace(/\/+$/, '')}/api/applications`)} \\
  --header "Authorization: Bearer $ACCESS_TOKEN"
`;
}

function verifyInApi(values: GuideValues, resource: string): string {
  return `import { createRemoteJWKSet, jwtVerify } from 'jose';

const jwks = createRemoteJWKSet(new URL(${js(`${issuerOf(values.endpoint)}/jwks`)}));

/** The claims of a token Tessera issued for this API (\`scope\`, \`client_id\`, …); throws otherwise. */
export async function verifyAccessToken(token: string) {
  const { payload } = await jwtVerify(token, jwks, {
    issuer: ${js(issuerOf(values.endpoint))},
    audience: ${js(resource)},
    typ: 'at+jwt',
  });
  return payload;
}
`;
}

export const machineToMachineGuide: Guide = (values) => {
  const [resource] = values.resources;
  const steps: Step[] = [
    { titleKey: 'guides.m2m.role.title', bodyKey: 'guides.m2m.role.body' },
    {
      titleKey: 'guides.m2m.curl.title',
      bodyKey: resource ? 'guides.m2m.curl.body' : 'guides.m2m.curl.bodyNoResource',
      code: { language: 'bash', text: curlToken(values) },
    },
    {
      titleKey: 'guides.m2m.fetch.title',
      bodyKey: 'guides.m2m.fetch.body',
      code: { language: 'typescript', filename: 'token.ts', text: fetchToken(values) },
    },
  ];
  if (resource && isManagementApi(resource)) {
    steps.push({
      titleKey: 'guides.m2m.managementApi.title',
      bodyKey: 'guides.m2m.managementApi.body',
      code: { language: 'bash', text: callManagementApi(values) },
    });
  } else if (resource) {
    steps.push({
      titleKey: 'guides.m2m.verify.title',
      bodyKey: 'guides.m2m.verify.body',
      code: { language: 'typescript', filename: 'verify-token.ts', text: verifyInApi(values, resource) },
    });
  }
  return steps;
};
