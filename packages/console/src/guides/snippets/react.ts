import { js, jsArray, pathOf, sdkScopes } from './format.js';
import { callApiStep } from './steps.js';
import type { Guide, GuideValues, Step } from './types.js';

/** A React single-page app with @logto/react: a public client (PKCE, no secret). */

function main(values: GuideValues): string {
  const resources = values.resources.length > 0 ? `\n  resources: ${jsArray(values.resources)},` : '';
  return `import { type LogtoConfig, LogtoProvider } from '@logto/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Callback } from './Callback';
import { Home } from './Home';

const config: LogtoConfig = {
  endpoint: ${js(values.endpoint)},
  appId: ${js(values.appId)},
  scopes: ${jsArray(sdkScopes(values))},${resources}
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LogtoProvider config={config}>
      {location.pathname === ${js(pathOf(values.redirectUri))} ? <Callback /> : <Home />}
    </LogtoProvider>
  </StrictMode>,
);
`;
}

const callback = `import { useHandleSignInCallback } from '@logto/react';

export function Callback() {
  // Trades the code in the URL for tokens, then leaves the callback page.
  const { isLoading } = useHandleSignInCallback(() => {
    window.location.replace('/');
  });
  return isLoading ? <p>Signing in…</p> : null;
}
`;

function home(values: GuideValues): string {
  return `import { type IdTokenClaims, useLogto } from '@logto/react';
import { useEffect, useState } from 'react';

export function Home() {
  const { isAuthenticated, signIn, signOut, getIdTokenClaims } = useLogto();
  const [claims, setClaims] = useState<IdTokenClaims>();

  useEffect(() => {
    if (isAuthenticated) void getIdTokenClaims().then(setClaims);
  }, [isAuthenticated, getIdTokenClaims]);

  if (!isAuthenticated) {
    return (
      <button type="button" onClick={() => void signIn(${js(values.redirectUri)})}>
        Sign in
      </button>
    );
  }
  return (
    <>
      <p>Signed in as {claims?.name ?? claims?.sub}</p>
      <button type="button" onClick={() => void signOut(${js(values.postSignOutRedirectUri)})}>
        Sign out
      </button>
    </>
  );
}
`;
}

function api(values: GuideValues): string {
  const [first = ''] = values.resources;
  return `import { useLogto } from '@logto/react';
import { useCallback } from 'react';

/** fetch() with a token for one of ${values.resources.join(', ')}; the SDK renews it. */
export function useApi(resource = ${js(first)}) {
  const { getAccessToken } = useLogto();
  return useCallback(
    async (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Authorization', \`Bearer \${await getAccessToken(resource)}\`);
      return fetch(url, { ...init, headers });
    },
    [getAccessToken, resource],
  );
}
`;
}

export const reactGuide: Guide = (values) => {
  const steps: Step[] = [
    {
      titleKey: 'guides.step.install.title',
      bodyKey: 'guides.react.install.body',
      code: { language: 'bash', text: 'npm install @logto/react\n' },
    },
    {
      titleKey: 'guides.react.provider.title',
      bodyKey: 'guides.react.provider.body',
      code: { language: 'tsx', filename: 'src/main.tsx', text: main(values) },
    },
    {
      titleKey: 'guides.react.callback.title',
      bodyKey: 'guides.react.callback.body',
      code: { language: 'tsx', filename: 'src/Callback.tsx', text: callback },
    },
    {
      titleKey: 'guides.step.signIn.title',
      bodyKey: 'guides.react.signIn.body',
      code: { language: 'tsx', filename: 'src/Home.tsx', text: home(values) },
    },
  ];
  return [
    ...steps,
    ...callApiStep(values, 'guides.react.callApi.body', (picked) => ({
      language: 'typescript',
      filename: 'src/useApi.ts',
      text: api(picked),
    })),
  ];
};
