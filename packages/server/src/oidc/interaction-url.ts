import type { Interaction, KoaContextWithOIDC } from 'oidc-provider';

/**
 * Where the provider sends the browser to sign in. Logto's parameters choose the first
 * screen: `first_screen=register` (or the older `interaction_mode=signUp`) opens sign-up.
 */
export async function interactionUrl(_ctx: KoaContextWithOIDC, interaction: Interaction): Promise<string> {
  const params = interaction.params as Record<string, string | undefined>;
  const firstScreen = params.first_screen ?? (params.interaction_mode === 'signUp' ? 'register' : undefined);
  const route = firstScreen === 'register' || firstScreen === 'identifier:register' ? 'register' : 'sign-in';
  const query = new URLSearchParams();
  if (params.client_id) query.set('app_id', params.client_id);
  for (const name of ['login_hint', 'ui_locales', 'organization_id', 'direct_sign_in', 'identifier']) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return `/${route}${search ? `?${search}` : ''}`;
}
