import { js, jsArray, pathOf, sdkScopes } from './format.js';
import { callApiStep } from './steps.js';
import type { Guide, GuideValues, Step } from './types.js';

/**
 * A Chrome extension (Manifest V3) with @logto/chrome-extension: the service worker runs the
 * sign-in window through chrome.identity, which returns at https://<extension-id>.chromiumapp.org/.
 */

/** `chrome.identity.getRedirectURL(...)` for the path of a registered chromiumapp.org URI. */
function redirectUrlCall(uri: string): string {
  const path = pathOf(uri);
  return path === '/' ? 'chrome.identity.getRedirectURL()' : `chrome.identity.getRedirectURL(${js(path)})`;
}

function manifest(): string {
  const document = {
    manifest_version: 3,
    name: 'My extension',
    version: '1.0.0',
    // identity: the sign-in window; storage: where the SDK keeps its tokens.
    permissions: ['identity', 'storage'],
    background: { service_worker: 'background.js', type: 'module' },
    action: { default_popup: 'popup.html' },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function client(values: GuideValues): string {
  const resources = values.resources.length > 0 ? `\n  resources: ${jsArray(values.resources)},` : '';
  return `import LogtoClient from '@logto/chrome-extension';

export const logtoClient = new LogtoClient({
  endpoint: ${js(values.endpoint)},
  appId: ${js(values.appId)},
  scopes: ${jsArray(sdkScopes(values))},${resources}
});
`;
}

function background(values: GuideValues): string {
  return `import { logtoClient } from './logto.js';

// The popup closes when the sign-in window takes focus, so the service worker runs the flow.
chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (message.action === 'signIn') {
    logtoClient.signIn(${redirectUrlCall(values.redirectUri)}).finally(sendResponse);
    return true; // sendResponse is called later
  }
  if (message.action === 'signOut') {
    logtoClient.signOut(${redirectUrlCall(values.postSignOutRedirectUri)}).finally(sendResponse);
    return true;
  }
  return false;
});
`;
}

function popupHtml(): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Account</title>
  </head>
  <body>
    <p id="status">Checking…</p>
    <button id="sign-in" type="button" hidden>Sign in</button>
    <button id="sign-out" type="button" hidden>Sign out</button>
    <script type="module" src="popup.js"></script>
  </body>
</html>
`;
}

function popupScript(): string {
  return `import { logtoClient } from './logto.js';

const status = document.getElementById('status');
const signInButton = document.getElementById('sign-in');
const signOutButton = document.getElementById('sign-out');

async function render() {
  const signedIn = await logtoClient.isAuthenticated();
  signInButton.hidden = signedIn;
  signOutButton.hidden = !signedIn;
  if (!signedIn) {
    status.textContent = 'Signed out';
    return;
  }
  const claims = await logtoClient.getIdTokenClaims();
  status.textContent = \`Signed in as \${claims.name ?? claims.sub}\`;
}

signInButton.addEventListener('click', async () => {
  await chrome.runtime.sendMessage({ action: 'signIn' });
  await render();
});
signOutButton.addEventListener('click', async () => {
  await chrome.runtime.sendMessage({ action: 'signOut' });
  await render();
});
render();
`;
}

function apiCall(values: GuideValues): string {
  const [first = ''] = values.resources;
  return `import { logtoClient } from './logto.js';

/** Calls your API with a token for one of ${values.resources.join(', ')}. */
export async function callApi(url, resource = ${js(first)}) {
  const token = await logtoClient.getAccessToken(resource);
  return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
}
`;
}

export const chromeExtensionGuide: Guide = (values) => {
  const steps: Step[] = [
    {
      titleKey: 'guides.step.install.title',
      bodyKey: 'guides.chrome.install.body',
      code: { language: 'bash', text: 'npm install @logto/chrome-extension\n' },
    },
    {
      titleKey: 'guides.chrome.manifest.title',
      bodyKey: 'guides.chrome.manifest.body',
      code: { language: 'json', filename: 'manifest.json', text: manifest() },
    },
    {
      titleKey: 'guides.chrome.redirect.title',
      bodyKey: 'guides.chrome.redirect.body',
    },
    {
      titleKey: 'guides.step.client.title',
      bodyKey: 'guides.chrome.client.body',
      code: { language: 'javascript', filename: 'logto.js', text: client(values) },
    },
    {
      titleKey: 'guides.chrome.background.title',
      bodyKey: 'guides.chrome.background.body',
      code: { language: 'javascript', filename: 'background.js', text: background(values) },
    },
    {
      titleKey: 'guides.chrome.popup.title',
      bodyKey: 'guides.chrome.popup.body',
      code: { language: 'html', filename: 'popup.html', text: popupHtml() },
    },
    {
      titleKey: 'guides.chrome.popupScript.title',
      bodyKey: 'guides.chrome.popupScript.body',
      code: { language: 'javascript', filename: 'popup.js', text: popupScript() },
    },
  ];
  return [
    ...steps,
    ...callApiStep(values, 'guides.chrome.callApi.body', (picked) => ({
      language: 'javascript',
      filename: 'api.js',
      text: apiCall(picked),
    })),
  ];
};
