import type { Interaction, KoaContextWithOIDC } from 'oidc-provider';

/**
 * Logto's `first_screen` values and the hosted page each opens: `single_sign_on` the work email
 * screen of enterprise SSO; unknown values the sign-in screen.
 */
const screens: Record<string, string> = {
  sign_in: 'sign-in',
  signIn: 'sign-in',
  single_sign_on: 'single-sign-on',
  'identifier:sign_in': 'sign-in',
  // Logto's documentation spells these with a hyphen; its code with an underscore.
  'identifier:sign-in': 'sign-in',
  register: 'register',
  'identifier:register': 'register',
  reset_password: 'forgot-password',
};
/** The screens `identifier` (the identifier types to accept) applies to, as in Logto. */
const identifierScreens = new Set([
  'identifier:sign_in',
  'identifier:sign-in',
  'identifier:register',
  'reset_password',
]);

/**
 * Where the provider sends the browser to sign in: the page of `first_screen` (or the older
 * `interaction_mode=signUp`), with what the page needs of the authorization request.
 * `one_time_token` goes with `login_hint` (the magic link's email); the page removes it from
 * its address at once.
 */
export async function interactionUrl(_ctx: KoaContextWithOIDC, interaction: Interaction): Promise<string> {
  const params = interaction.params as Record<string, string | undefined>;
  const firstScreen = params.first_screen ?? (params.interaction_mode === 'signUp' ? 'register' : undefined);
  // Only third-party apps are ever asked for consent (grants.ts): their users decide on the consent page.
  if (interaction.prompt.name === 'consent')
    return `/consent?${new URLSearchParams({ app_id: String(params.client_id ?? '') })}`;
  const magicLink = Boolean(params.one_time_token && params.login_hint);
  // A magic link signs in first (and registers only when no user holds the email), whatever the screen.
  const route = magicLink ? 'sign-in' : ((firstScreen && screens[firstScreen]) ?? 'sign-in');
  const query = new URLSearchParams();
  if (params.client_id) query.set('app_id', params.client_id);
  if (firstScreen && identifierScreens.has(firstScreen)) query.set('first_screen', firstScreen.replace('-', '_'));
  const passed = ['login_hint', 'ui_locales', 'organization_id', 'direct_sign_in'];
  if (query.has('first_screen')) passed.push('identifier');
  if (magicLink) passed.push('one_time_token');
  for (const name of passed) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return `/${route}${search ? `?${search}` : ''}`;
}
