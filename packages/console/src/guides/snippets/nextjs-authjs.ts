import { issuerOf, js, oidcScope, secretPlaceholder } from './format.js';
import type { Guide, GuideValues } from './types.js';

/**
 * Next.js with Auth.js v5 (`next-auth`) and its built-in Logto provider, which reads
 * AUTH_LOGTO_ID, AUTH_LOGTO_SECRET and AUTH_LOGTO_ISSUER. Auth.js sends one `resource`
 * parameter, so the token it gets is for the first API resource picked.
 */

/** Auth.js's callback for the provider `logto` under its default base path. */
export const authjsCallbackPath = '/api/auth/callback/logto';

/** A dotenv value, quoted when it holds characters dotenv would cut at. */
const dotenv = (value: string) => (/[\s#"'\\]/.test(value) ? JSON.stringify(value) : value);

function env(values: GuideValues): string {
  return `# Encrypts Auth.js's session cookie: make one with \`npx auth secret\`.
AUTH_SECRET=<a-long-random-string>
AUTH_LOGTO_ISSUER=${dotenv(issuerOf(values.endpoint))}
AUTH_LOGTO_ID=${dotenv(values.appId)}
AUTH_LOGTO_SECRET=${secretPlaceholder(values)}
`;
}

function auth(values: GuideValues): string {
  const [resource] = values.resources;
  const providers = `  providers: [
    Logto({
      authorization: {
        params: {
          scope: ${js(oidcScope(values))},${resource ? '\n          resource: api,' : ''}
          // Tessera grants offline_access, and so a refresh token, only with consent asked for.
          prompt: 'consent',
        },
      },
    }),
  ],`;
  if (!resource)
    return `import NextAuth from 'next-auth';
import Logto from 'next-auth/providers/logto';

export const { handlers, auth, signIn, signOut } = NextAuth({
${providers}
});
`;
  return `import NextAuth from 'next-auth';
import Logto from 'next-auth/providers/logto';

const api = ${js(resource)};

/** Auth.js's own token request names no API, so the refresh token is traded for a token that does. */
async function fetchApiToken(refreshToken: string) {
  const client = \`\${process.env.AUTH_LOGTO_ID}:\${process.env.AUTH_LOGTO_SECRET}\`;
  const response = await fetch(\`\${process.env.AUTH_LOGTO_ISSUER}/token\`, {
    method: 'POST',
    headers: { Authorization: \`Basic \${btoa(client)}\`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, resource: api }),
  });
  const tokens = await response.json();
  if (!response.ok) throw new Error(\`Token request failed: \${tokens.error_description ?? response.status}\`);
  return {
    accessToken: tokens.access_token as string,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    // Tessera may rotate the refresh token: keep the newest.
    refreshToken: (tokens.refresh_token as string | undefined) ?? refreshToken,
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
${providers}
  callbacks: {
    // The API token lives in Auth.js's encrypted cookie and is renewed a minute before it expires.
    async jwt({ token, account }) {
      if (account?.refresh_token) return { ...token, ...(await fetchApiToken(account.refresh_token)) };
      const fresh = typeof token.expiresAt === 'number' && Date.now() < token.expiresAt - 60_000;
      if (fresh || typeof token.refreshToken !== 'string') return token;
      return { ...token, ...(await fetchApiToken(token.refreshToken)) };
    },
    session({ session, token }) {
      return { ...session, accessToken: token.accessToken };
    },
  },
});
`;
}

const routeHandler = `import { handlers } from '@/auth';

export const { GET, POST } = handlers;
`;

const page = `import { auth, signIn, signOut } from '@/auth';

export default async function Home() {
  const session = await auth();
  if (!session?.user) {
    return (
      <form
        action={async () => {
          'use server';
          await signIn('logto');
        }}
      >
        <button type="submit">Sign in</button>
      </form>
    );
  }
  return (
    <form
      action={async () => {
        'use server';
        await signOut({ redirectTo: '/' });
      }}
    >
      <p>Signed in as {session.user.name ?? session.user.email}</p>
      <button type="submit">Sign out</button>
    </form>
  );
}
`;

export const nextjsAuthjsGuide: Guide = (values) => [
  {
    titleKey: 'guides.step.install.title',
    bodyKey: 'guides.authjs.install.body',
    code: { language: 'bash', text: 'npm install next-auth@beta\n' },
  },
  {
    titleKey: 'guides.authjs.env.title',
    bodyKey: 'guides.authjs.env.body',
    code: { language: 'dotenv', filename: '.env.local', text: env(values) },
  },
  {
    titleKey: 'guides.authjs.config.title',
    bodyKey: values.resources.length > 1 ? 'guides.authjs.config.bodyOneResource' : 'guides.authjs.config.body',
    code: { language: 'typescript', filename: 'auth.ts', text: auth(values) },
  },
  {
    titleKey: 'guides.authjs.route.title',
    bodyKey: 'guides.authjs.route.body',
    code: { language: 'typescript', filename: 'app/api/auth/[...nextauth]/route.ts', text: routeHandler },
  },
  {
    titleKey: 'guides.step.signIn.title',
    bodyKey: 'guides.authjs.signIn.body',
    code: { language: 'tsx', filename: 'app/page.tsx', text: page },
  },
];
