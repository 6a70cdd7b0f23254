/**
 * A test sign-in's sealed session, kept in this tab while the browser is at the provider, by
 * the state the provider echoes; taken once.
 */
const key = (state: string) => `tessera.ssoTest.${state}`;

export function keepTestSession(state: string, testSession: string): void {
  sessionStorage.setItem(key(state), testSession);
}

export function takeTestSession(state: string): string {
  const value = sessionStorage.getItem(key(state)) ?? '';
  sessionStorage.removeItem(key(state));
  return value || 'missing';
}
