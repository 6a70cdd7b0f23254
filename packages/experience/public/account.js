// The hosted account page at /account (client id `account-center`): signs the user in through
// the hosted pages (oidc-client.js), then shows and changes their account through the Account
// API, as the account center's field permissions allow (account-sections.js).
import { createAccountApi, endpoint, publicGet, words } from './account-api.js';
import './account-phrases.js';
import { accountSections } from './account-sections.js';
import { connectorName, finishLinking } from './account-social.js';
import { createVerifier } from './account-verify.js';
import { applyBranding } from './branding.js';
import { choose, t } from './i18n.js';
import { createOidcClient } from './oidc-client.js';
import './phrases.js';

const client = createOidcClient({
  clientId: 'account-center',
  path: '/account',
  scope: 'openid profile email phone identities custom_data',
});
const signedOutState = 'signed-out';
const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
// Back from a social provider while linking an account (Logto's account-center callback path).
const linkingConnectorId = /^\/account\/callback\/social\/([\w-]+)$/.exec(location.pathname)?.[1];
const requested = [...(query.get('ui_locales') ?? '').split(/\s+/), ...(navigator.languages ?? [])];

function translate() {
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
  document.title = t('account.title');
}

/** Shows one of the page's states: 'signed-out', 'disabled', 'account' or none (loading). */
function view(name, status = '') {
  for (const id of ['signed-out', 'disabled', 'account']) $(id).hidden = id !== name;
  $('sign-out').hidden = name !== 'account' && name !== 'disabled';
  $('status').textContent = status;
}

function fail(key, reason) {
  $('error').textContent = t(key, { reason });
  $('error').hidden = false;
}

// A refused token: sign in again (an existing session at the provider comes straight back), once
// until a load succeeds, so a token refused right after sign-in cannot loop.
const retriedKey = 'tessera.account-center.retried';
let redirecting = false;
const api = createAccountApi(
  () => client.currentSession()?.accessToken,
  () => {
    client.forget();
    if (sessionStorage.getItem(retriedKey)) return;
    sessionStorage.setItem(retriedKey, '1');
    redirecting = true;
    client.signIn();
  },
);
let profile = {};
let page;
const ensureVerified = createVerifier({ api, profile: () => profile });

/** Reads the profile and factors, then renders the sections; focus stays where it was when it can. */
async function load(settings, message) {
  const { fields = {} } = page.center;
  const [mine, factors] = await Promise.all([
    api('GET', '/my-account'),
    fields.mfa === 'ReadOnly' || fields.mfa === 'Edit' ? api('GET', '/my-account/mfa-verifications') : [],
  ]);
  profile = mine;
  sessionStorage.removeItem(retriedKey);
  const focused = document.activeElement;
  const focusedId = focused?.id;
  const sectionId = focused?.closest?.('section')?.id;
  $('sections').replaceChildren(
    ...accountSections({
      profile,
      factors,
      fields,
      // A passkey may be added while it is an MFA factor or passkey sign-in is on (as the server allows).
      enabledFactors: [...(settings.mfa?.factors ?? []), ...(settings.passkeySignIn?.enabled ? ['WebAuthn'] : [])],
      connectors: settings.socialConnectors ?? [],
      endpoint,
      api,
      ensureVerified,
      done: (text) => load(settings, text),
    }),
  );
  const name = profile.username ?? profile.name ?? profile.primaryEmail ?? profile.primaryPhone ?? profile.id;
  $('signed-in-as').textContent = t('account.signed_in', { name });
  view('account', message ?? '');
  if (!message) return;
  const again = focusedId ? document.getElementById(focusedId) : null;
  if (again && again.offsetParent !== null && !again.disabled) again.focus();
  else if (sectionId) $(`${sectionId}-heading`)?.focus();
}

/** Finishes linking a social account, then shows the account with the result (or the error) said. */
async function link(settings, connectorId) {
  const connector = settings.socialConnectors?.find((candidate) => candidate.id === connectorId);
  const name = connector ? connectorName(connector) : connectorId;
  try {
    await finishLinking({ api, ensureVerified }, connectorId, query);
  } catch (error) {
    if (redirecting) return undefined;
    await load(settings);
    return fail('account.social.link_failed', words(error));
  }
  return load(settings, t('account.social.linked', { name }));
}

async function start() {
  const settings = await publicGet('/.well-known/sign-in-exp').catch(() => ({}));
  applyBranding(settings);
  const languageInfo = settings.languageInfo ?? {};
  choose({ requested, autoDetect: languageInfo.autoDetect !== false, fallback: languageInfo.fallbackLanguage });
  translate();
  $('status').textContent = t('account.loading');
  page = { center: await publicGet('/.well-known/account-center') };
  if (linkingConnectorId) {
    history.replaceState(null, '', '/account');
  } else if (query.has('code') || query.has('error')) {
    // The provider's answer: redeem it, then drop it from the address (a reload must not replay it).
    history.replaceState(null, '', location.pathname);
    await client.completeSignIn(query);
  } else if (query.has('state')) {
    history.replaceState(null, '', location.pathname);
  }
  const session = client.currentSession();
  if (!page.center.enabled) {
    view('disabled', '');
    $('sign-out').hidden = !session;
    return undefined;
  }
  if (!session || session.expiresAt < Date.now()) {
    client.forget();
    // Back from signing out: stay signed out until the user asks to sign in.
    if (query.get('state') === signedOutState) return view('signed-out', t('account.signed_out'));
    return client.signIn(query.get('ui_locales') ? { ui_locales: query.get('ui_locales') } : {});
  }
  try {
    if (linkingConnectorId) return await link(settings, linkingConnectorId);
    await load(settings);
  } catch (error) {
    if (redirecting) return undefined;
    if (error.code === 'account_center.not_enabled') return view('disabled', '');
    view('', '');
    fail('account.load_failed', words(error));
  }
}

$('sign-in').addEventListener('click', () => client.signIn());
$('sign-out').addEventListener('click', () => {
  $('sign-out').disabled = true;
  client.signOut(signedOutState);
});
translate();
start().catch((error) => {
  view('signed-out', '');
  fail('account.failed', error instanceof Error ? error.message : String(error));
});
