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
  const resourceParam = resource ? `\n          resource: ${js(resource)},` : '';
  const callbacks = resource
    ? `
  callbacks: {
    // Keeps the access token for ${resource} in Auth.js's encrypted session cookie.
    jwt({ token, account }) {
      if (account) token.accessToken = account.access_token;
      return token;
    },
    session({ session, token }) {
      return { ...session, accessToken: token.accessToken };
    },
  },`
    : '';
  return `import NextAuth from 'next-auth';
import Logto from 'next-auth/providers/logto';

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [
    Logto({
      authorization: {
        params: {
          scope: ${js(oidcScope(values))},${resourceParam}
        },
      },
    }),
  ],${callbacks}
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
