import { type IdTokenClaims, Prompt } from '@logto/browser';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/history';
import { Button } from '../ui/button';
import { Progress } from '../ui/progress';
import { logto, postLogoutRedirectUri, redirectUri } from './logto';

/** Where to return after sign-in, and whether the last thing this tab did was sign out. */
const returnKey = 'tessera.console.return';
const signedOutKey = 'tessera.console.signed-out';

type AuthState =
  | { status: 'checking' }
  | { status: 'redirecting' }
  | { status: 'signed-out' }
  | { status: 'failed'; message: string }
  | { status: 'signed-in'; claims: IdTokenClaims };

export interface Session {
  claims: IdTokenClaims;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

async function signIn(): Promise<void> {
  const back = location.pathname === '/console/callback' ? '/console' : location.pathname + location.search;
  sessionStorage.setItem(returnKey, back);
  sessionStorage.removeItem(signedOutKey);
  await logto.signIn({ redirectUri });
}

/** Signs in again even with a live session (after asking for two-step set-up, which sign-in offers). */
export async function signInAgain(): Promise<void> {
  sessionStorage.setItem(returnKey, location.pathname + location.search);
  // With consent too: the SDK asks for offline_access, and the provider gives refresh tokens only then.
  await logto.signIn({ redirectUri, prompt: [Prompt.Login, Prompt.Consent] });
}

async function signOut(): Promise<void> {
  sessionStorage.setItem(signedOutKey, '1');
  await logto.signOut(postLogoutRedirectUri);
}

/** Finishes a sign-in that returns to /console/callback, then reads the session. */
async function resolveSession(): Promise<AuthState> {
  if (location.pathname === '/console/callback') {
    await logto.handleSignInCallback(location.href);
    navigate(sessionStorage.getItem(returnKey) ?? '/console', { replace: true });
    sessionStorage.removeItem(returnKey);
  }
  if (await logto.isAuthenticated()) return { status: 'signed-in', claims: await logto.getIdTokenClaims() };
  // After signing out, stay here rather than straight back to the sign-in page.
  if (sessionStorage.getItem(signedOutKey)) return { status: 'signed-out' };
  await signIn();
  return { status: 'redirecting' };
}

// Once per page load: a callback's code can be redeemed only once (React's StrictMode runs effects twice).
let resolving: Promise<AuthState> | undefined;

/**
 * Shows its children to a signed-in administrator; sends anyone else to the admin sign-in page
 * (public pages pass `open`).
 */
export function AuthGate({ open, children }: { open: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const [state, setState] = useState<AuthState>({ status: 'checking' });
  useEffect(() => {
    if (open) return;
    resolving ??= resolveSession().catch((error: unknown) => ({
      status: 'failed' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    let current = true;
    resolving.then((next) => current && setState(next));
    return () => {
      current = false;
    };
  }, [open]);

  if (open) return children;
  if (state.status === 'signed-in')
    return <SessionContext.Provider value={{ claims: state.claims, signOut }}>{children}</SessionContext.Provider>;
  if (state.status === 'signed-out' || state.status === 'failed')
    return (
      <main className="auth-screen" id="main">
        <h1>{t(state.status === 'failed' ? 'auth.failedTitle' : 'auth.signedOutTitle')}</h1>
        <p>{state.status === 'failed' ? t('auth.failed', { message: state.message }) : t('auth.signedOut')}</p>
        <Button variant="primary" onPress={() => signIn()}>
          {t(state.status === 'failed' ? 'auth.signInAgain' : 'auth.signIn')}
        </Button>
      </main>
    );
  return (
    <main className="auth-screen" id="main">
      <Progress label={t(state.status === 'redirecting' ? 'auth.redirecting' : 'app.loading')} />
    </main>
  );
}

/** The signed-in administrator's session; only under AuthGate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in AuthGate');
  return session;
}
