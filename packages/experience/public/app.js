// The sign-in page: renders the steps the sign-in experience settings allow and calls the
// Experience API; all rules live on the server. No framework: a handful of steps on one form.
// This module loads the settings and wires the events. The rest, one job per module:
// state.js (where the visitor is), settings.js (what the settings allow), render.js (the DOM
// of each step), steps.js (the actions), navigation.js (between steps and flows),
// interaction.js (the interaction's event), errors.js (errors and notices), phrases.js (en,
// zh-CN), branding.js (the look), terms.js (the terms agreement), preview.js (the Admin
// Console's preview mode) and mfa.js (multi-factor authentication, loaded when needed).
import { applyBranding } from './branding.js';
import { setupCaptcha } from './captcha.js';
import { run, showError } from './errors.js';
import { choose, useCustomPhrases } from './i18n.js';
import { setEvent, startInteraction } from './interaction.js';
import { back, forgotPassword, go, switchMode } from './navigation.js';
import './phrases.js';
import { directSignIn, magicLink, takeOneTimeToken } from './auth-params.js';
import { base } from './base.js';
import { draftFromQuery, isPreview, listenForDrafts, previewSettings } from './preview.js';
import { render, translateStatic } from './render.js';
import { canRegister, canSignIn, forgotTypes } from './settings.js';
import { finishSsoCallback, opensSingleSignOn, ssoCallbackConnector } from './sso.js';
import { state } from './state.js';
import { passkeySignIn, primary, secondaryAction, socialSignIn, startPasskeyAutofill } from './steps.js';

const $ = (id) => document.getElementById(id);
// Before anything reads the address: a magic link's token leaves it at once.
const oneTimeToken = takeOneTimeToken();
const query = new URLSearchParams(location.search);

/** ui_locales (from the app's authorization request), then the browser's languages. */
function chooseLanguage(preferred) {
  const info = state.settings.languageInfo ?? {};
  const requested = preferred
    ? [preferred]
    : [...(query.get('ui_locales') ?? '').split(/\s+/), ...(navigator.languages ?? [navigator.language])];
  choose({
    requested: requested.filter(Boolean),
    autoDetect: Boolean(preferred) || info.autoDetect !== false,
    fallback: info.fallbackLanguage,
  });
}

/** Renders with new settings: language, the mode they allow, the look, every text. */
function useSettings(next, { preferredLanguage, preferredMode, draft = false, theme } = {}) {
  state.settings = next;
  if (!draft && !isPreview) setupCaptcha(next.captchaConfig);
  chooseLanguage(preferredLanguage);
  if (preferredMode) {
    state.mode = preferredMode;
    state.step = 'identify';
  }
  if (state.mode === 'Register' && !canRegister() && canSignIn()) state.mode = 'SignIn';
  if (state.mode === 'SignIn' && !canSignIn() && canRegister()) state.mode = 'Register';
  // Reset as the first screen needs a way to reset; without one it is the sign-in screen.
  const resetting = state.flow === 'ForgotPassword' && forgotTypes().length > 0;
  if (state.mode !== state.flow && state.step === 'identify' && !resetting) {
    state.flow = state.mode;
    setEvent(state.mode);
  }
  applyBranding(state.settings, { draft, theme });
  translateStatic();
  render();
}

async function fetchSettings() {
  try {
    // The app that started the interaction and the organization it named may have their own
    // look (Logto's `appId` and `organizationId`); the app may have its own terms links.
    const search = new URLSearchParams();
    if (query.get('app_id')) search.set('appId', query.get('app_id'));
    if (query.get('organization_id')) search.set('organizationId', query.get('organization_id'));
    const response = await fetch(`${base}/api/.well-known/sign-in-exp${search.size > 0 ? `?${search}` : ''}`, {
      credentials: 'same-origin',
    });
    if (response.ok) return await response.json();
  } catch {
    // The defaults (username and password) still work.
  }
  return undefined;
}

/** The custom phrases of the language the server chose (from ui_locales, else the browser's). */
async function fetchPhrases() {
  const lng = (query.get('ui_locales') ?? '').split(/\s+/).find(Boolean);
  try {
    const response = await fetch(`${base}/api/.well-known/phrases${lng ? `?lng=${encodeURIComponent(lng)}` : ''}`, {
      credentials: 'same-origin',
    });
    if (response.ok) return { language: response.headers.get('content-language'), translation: await response.json() };
  } catch {
    // The page's own phrases still work.
  }
  return undefined;
}

function showDraft(saved, draft) {
  try {
    useSettings(previewSettings(saved, draft), {
      preferredLanguage: draft.language,
      preferredMode: draft.mode,
      draft: draft.customCss,
      theme: draft.theme,
    });
  } catch (error) {
    showError(String(error?.message ?? error));
  }
}

async function startPreview() {
  let saved;
  let latest = draftFromQuery() ?? { signInExperience: {}, customCss: false };
  // Listen at once (drafts posted before the saved settings arrive are kept, the latest wins).
  listenForDrafts((draft) => {
    latest = draft;
    if (saved) showDraft(saved, draft);
  });
  saved = (await fetchSettings()) ?? state.settings;
  showDraft(saved, latest);
}

if (query.get('login_hint')) $('username').value = query.get('login_hint');
// `resume=extra`: a social sign-up (social callback page) still needs the custom profile fields;
// the interaction goes on as it is. Otherwise every later call waits for this one, which binds
// the interaction to its event.
const resumingExtra = query.get('resume') === 'extra' && state.flow === 'Register';
// The SSO provider's callback goes on with the interaction that sent the person there.
const ssoCallback = ssoCallbackConnector();
if (!resumingExtra && !ssoCallback) startInteraction(state.flow);

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  run(primary, $('submit'));
});
$('secondary').addEventListener('click', () => run(secondaryAction, $('secondary')));
$('switch').addEventListener('click', switchMode);
$('passkey').addEventListener('click', () => run(passkeySignIn, $('passkey')));
$('forgot').addEventListener('click', forgotPassword);
$('back').addEventListener('click', back);
$('sso').addEventListener('click', () => go('sso'));
$('social-list').addEventListener('click', (event) => {
  const button = event.target.closest('.social-button');
  if (button) socialSignIn(button.dataset.connectorId, button);
});
if (isPreview) startPreview();
else
  Promise.all([fetchSettings(), fetchPhrases()]).then(([saved, phrases]) => {
    if (phrases) useCustomPhrases(phrases.language, phrases.translation);
    useSettings(saved ?? state.settings, { preferredLanguage: phrases?.language ?? undefined });
    // What the app's authorization request asked for: a magic link, or straight to a provider.
    if (resumingExtra) go('extra');
    else if (ssoCallback) run(() => finishSsoCallback(ssoCallback), $('submit'));
    else if (opensSingleSignOn()) go('sso');
    else if (oneTimeToken) run(() => magicLink(oneTimeToken, query.get('login_hint') ?? ''), $('submit'));
    else {
      directSignIn(query.get('direct_sign_in'), (step) => run(step, $('submit')));
      startPasskeyAutofill();
    }
  });
