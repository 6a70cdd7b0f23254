// CAPTCHA on the sign-in page (the settings' `captchaConfig`, present when CAPTCHA is on): loads
// the provider's widget script, and before the first step that needs it starts the interaction
// again with the widget's token (`PUT /api/experience` with `captchaToken`), as Logto's pages do.
// The server checks the token with the provider; the page only carries it.
import { api } from './api.js';
import { t } from './i18n.js';
import { state } from './state.js';

const $ = (id) => document.getElementById(id);
/** Logto's action name for reCAPTCHA Enterprise assessments; the server expects the same. */
const action = 'interaction';

let config;
let loaded;
let widgetId;
let token = '';
let passed = false;

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    document.head.append(script);
  });
}

const widgetOptions = () => ({
  sitekey: config.siteKey,
  callback: (value) => {
    token = value;
  },
  'expired-callback': () => {
    token = '';
  },
  'error-callback': () => {
    token = '';
  },
});

const recaptchaCheckbox = () => config.type === 'RecaptchaEnterprise' && config.mode === 'checkbox';

/** Whether the widget takes room on the page (Turnstile and the reCAPTCHA checkbox do; invisible reCAPTCHA does not). */
export const captchaShown = () => Boolean(config) && !passed && (config.type === 'Turnstile' || recaptchaCheckbox());

/** Loads the provider's widget once, when the settings turn CAPTCHA on. */
export function setupCaptcha(next) {
  if (!next || config) return;
  config = next;
  const container = $('captcha-widget');
  if (config.type === 'Turnstile') {
    loaded = loadScript('https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit').then(() => {
      widgetId = window.turnstile.render(container, widgetOptions());
    });
  } else {
    const host = config.domain || 'www.google.com';
    const render = recaptchaCheckbox() ? 'explicit' : encodeURIComponent(config.siteKey);
    loaded = loadScript(`https://${host}/recaptcha/enterprise.js?render=${render}`)
      .then(() => new Promise((resolve) => window.grecaptcha.enterprise.ready(resolve)))
      .then(() => {
        if (recaptchaCheckbox())
          widgetId = window.grecaptcha.enterprise.render(container, { ...widgetOptions(), action });
      });
  }
  loaded.catch(() => undefined);
}

function resetWidget() {
  token = '';
  if (config.type === 'Turnstile') window.turnstile?.reset(widgetId);
  else if (recaptchaCheckbox()) window.grecaptcha?.enterprise?.reset(widgetId);
}

/** Passes the CAPTCHA once per page, before the first step that needs it; a refused token resets the widget. */
export async function passCaptcha() {
  if (!config || passed) return;
  try {
    await loaded;
  } catch {
    throw new Error(t('captcha.unavailable'));
  }
  const value =
    config.type === 'RecaptchaEnterprise' && !recaptchaCheckbox()
      ? await window.grecaptcha.enterprise.execute(config.siteKey, { action })
      : token;
  if (!value) throw new Error(t('captcha.incomplete'));
  try {
    await api('PUT', '', { interactionEvent: state.flow, captchaToken: value });
    passed = true;
    $('captcha').hidden = true;
  } finally {
    if (!passed) resetWidget();
  }
}
