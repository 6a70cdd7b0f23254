// The DOM of each step: titles, labels, which rows show, the social buttons and the terms.
// Reads state.js and changes nothing but the page; the actions are in steps.js.

import { captchaShown } from './captcha.js';
import { language, match, t } from './i18n.js';
import { renderProfileFields } from './profile-fields.js';
import {
  canRegister,
  canSignIn,
  forgotTypes,
  identifierScreen,
  identifierTypes,
  labelFor,
  list,
  passkeyAutofill,
  passkeyButton,
  registerByCode,
  signInCode,
  signInPassword,
} from './settings.js';
import { ssoEnabled } from './sso.js';
import { state } from './state.js';
import { renderTerms } from './terms.js';

const $ = (id) => document.getElementById(id);

function show(id, visible) {
  $(id).hidden = !visible;
}

/** The fixed texts of index.html (English in the file for the first paint). */
export function translateStatic() {
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
}

export function render() {
  const { step, flow, settings, pending, missing, adding } = state;
  const types = identifierTypes();
  const label = labelFor(types);
  let title = t('title.sign_in');
  let submitText = t('action.sign_in');
  let secondary = '';
  let intro = '';
  let password = false;
  let passwordLabel = t('field.password');
  let forgot = false;
  let back = false;

  if (step === 'identify' && flow === 'SignIn') {
    password = signInPassword();
    submitText = password ? t('action.sign_in') : t('action.send_code');
    if (password && signInCode()) secondary = t('action.sign_in_with_code');
    forgot = password && forgotTypes().length > 0;
  } else if (step === 'identify' && flow === 'Register') {
    title = t('title.create_account');
    password = !registerByCode() && settings.signUp?.password !== false;
    submitText = registerByCode() ? t('action.send_code') : t('action.create_account');
  } else if (step === 'identify' && flow === 'ForgotPassword') {
    title = t('title.reset_password');
    intro = t('intro.forgot', { what: label.toLowerCase() });
    submitText = t('action.send_code');
    back = true;
  } else if (step === 'code') {
    title = t(
      flow === 'Register'
        ? 'title.create_account'
        : flow === 'ForgotPassword'
          ? 'title.reset_password'
          : 'title.sign_in',
    );
    // No line break inside the address or number the code went to.
    if (adding) title = t(`title.add_${adding.kind === 'emailOrPhone' ? 'email_or_phone' : adding.kind}`);
    intro = t('intro.code_sent', {
      to: (adding?.identifier ?? pending?.identifier)?.value.replace(/[ -]/g, (c) => (c === ' ' ? '\u00a0' : '\u2011')),
    });
    submitText = t('action.continue');
    secondary = t('action.resend_code');
    back = true;
  } else if (step === 'sso') {
    title = t('title.single_sign_on');
    intro = t('intro.single_sign_on');
    submitText = t('action.continue_single_sign_on');
    back = true;
  } else if (step === 'contact') {
    title = t(`title.add_${adding.kind === 'emailOrPhone' ? 'email_or_phone' : adding.kind}`);
    intro = t('intro.add_contact');
    submitText = t('action.send_code');
  } else if (step === 'extra') {
    title = t('title.extra_profile');
    intro = t('intro.extra_profile');
    submitText = t('action.continue');
  } else if (step === 'profile') {
    const resetting = flow === 'ForgotPassword';
    title = t(resetting ? 'title.reset_password' : 'title.create_account');
    password = true;
    passwordLabel = t(resetting ? 'field.new_password' : 'field.create_password');
    submitText = t(resetting ? 'action.reset_password' : 'action.create_account');
  }

  const usernameStep = step === 'profile' && missing[0] === 'username';
  document.title = title;
  $('title').textContent = title;
  $('intro').textContent = intro;
  show('intro', Boolean(intro));
  const contactStep = step === 'contact';
  const contactTypes = adding?.kind === 'emailOrPhone' ? ['email', 'phone'] : [adding?.kind];
  const ssoStep = step === 'sso';
  show('identifier-row', step === 'identify' || usernameStep || contactStep || ssoStep);
  show('captcha', step === 'identify' && captchaShown());
  $('username-label').textContent = usernameStep
    ? t('field.username')
    : contactStep
      ? labelFor(contactTypes)
      : ssoStep
        ? t('field.work_email')
        : label;
  const shownTypes = contactStep ? contactTypes : ssoStep ? ['email'] : types;
  const only = shownTypes.length === 1 ? shownTypes[0] : undefined;
  $('username').type = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'text';
  const autocomplete = only === 'email' ? 'email' : only === 'phone' ? 'tel' : 'username';
  // The browser offers passkeys beside saved names when the page waits for one (conditional mediation).
  $('username').autocomplete =
    passkeyAutofill() && flow === 'SignIn' && step === 'identify' ? `${autocomplete} webauthn` : autocomplete;
  show('code-row', step === 'code');
  renderProfileFields(step === 'extra');
  show('password-row', password && !usernameStep);
  $('password-label').textContent = passwordLabel;
  $('password').autocomplete = flow === 'SignIn' && step === 'identify' ? 'current-password' : 'new-password';
  show('forgot-row', forgot);
  $('submit').textContent = usernameStep ? t('action.continue') : submitText;
  if (secondary) $('secondary').textContent = secondary;
  show('secondary-row', Boolean(secondary));
  show('back-row', back);

  const registering = flow === 'Register';
  const canSwitch = step === 'identify' && flow !== 'ForgotPassword' && (registering ? canSignIn() : canRegister());
  $('switch-text').textContent = t(registering ? 'switch.have_account' : 'switch.no_account');
  $('switch').textContent = t(registering ? 'action.sign_in' : 'action.create_account');
  show('switch-row', canSwitch);
  const identifying = step === 'identify' && flow !== 'ForgotPassword';
  renderSocial(identifying && !identifierScreen);
  // Social-only sign-up has no form at all.
  const formShown = step !== 'mfa' && !(step === 'identify' && types.length === 0);
  show('form', formShown);
  if (step !== 'mfa') show('mfa', false);
  // The agreement sits above the submit button, or above the social buttons when there is no form.
  if (formShown) $('submit').before($('terms'));
  else $('social').before($('terms'));
  renderTerms(settings, flow, identifying);
}

/** The connector's name in the page's language: exact tag, then the base language, then English. */
function connectorName(connector) {
  const names = connector.name && typeof connector.name === 'object' ? connector.name : {};
  const tags = Object.keys(names);
  const current = language();
  const tag =
    tags.find((key) => key.toLowerCase() === current.toLowerCase()) ??
    tags.find((key) => key.toLowerCase() === current.split('-')[0].toLowerCase()) ??
    tags.find((key) => match(key) === current);
  return names[tag] ?? names.en ?? Object.values(names)[0] ?? connector.target;
}

/** One button per social connector (`data-connector-id`; app.js listens for their clicks). */
function renderSocial(visible) {
  const connectors = list(state.settings.socialConnectors);
  const socialList = $('social-list');
  // Rebuilt when the connectors or the language change.
  const key = JSON.stringify([language(), connectors.map((c) => [c.id, c.name, c.logo])]);
  if (socialList.dataset.key !== key) {
    socialList.dataset.key = key;
    socialList.replaceChildren(
      ...connectors.map((connector) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'social-button';
        button.dataset.connectorId = connector.id;
        if (typeof connector.logo === 'string' && /^(https:|data:image\/)/.test(connector.logo)) {
          const logo = document.createElement('img');
          logo.src = connector.logo;
          logo.alt = '';
          logo.width = 20;
          logo.height = 20;
          button.append(logo);
        }
        button.append(t('action.continue_with', { name: connectorName(connector) }));
        item.append(button);
        return item;
      }),
    );
  }
  const passkey = visible && passkeyButton();
  show('passkey-row', passkey);
  // Logto's "Single sign-on" button: the work email screen (while a connector is set up).
  const sso = visible && ssoEnabled() && list(state.settings.ssoConnectors).length > 0;
  show('sso-row', sso);
  show('social', visible && (connectors.length > 0 || passkey || sso));
  show('social-divider', identifierTypes().length > 0);
}
