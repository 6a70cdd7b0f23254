// The building blocks of the MFA screens (mfa.js): elements, labelled fields, and the screen
// runner that renders a form, runs its action one at a time and says errors in words.
import { t } from './i18n.js';

/** Server error codes said in our words. */
const errorPhrases = {
  'session.mfa.invalid_totp_code': 'mfa.error.totp',
  'session.mfa.invalid_backup_code': 'mfa.error.backup',
  'session.verification_blocked_too_many_attempts': 'mfa.error.blocked',
  'session.interaction_not_found': 'mfa.error.expired',
  'session.verification_session_not_found': 'mfa.error.step_expired',
  'session.verification_failed': 'mfa.error.failed',
  'session.mfa.webauthn_verification_failed': 'mfa.error.passkey_failed',
  'user.totp_already_in_use': 'mfa.error.already_bound',
  'session.mfa.mfa_policy_not_user_controlled': 'mfa.error.cannot_skip',
  'verification_code.code_mismatch': 'mfa.error.code',
  'verification_code.expired': 'mfa.error.code_expired',
  'verification_code.exceed_max_try': 'mfa.error.code_expired',
  'verification_code.not_found': 'mfa.error.code_expired',
  'guard.invalid_email': 'mfa.error.email_invalid',
  'guard.invalid_phone': 'mfa.error.phone_invalid',
  'user.email_already_in_use': 'mfa.error.email_taken',
  'user.phone_already_in_use': 'mfa.error.phone_taken',
};
/** What the browser's WebAuthn errors mean to the user. */
const passkeyErrors = {
  NotAllowedError: 'mfa.error.passkey_cancelled',
  AbortError: 'mfa.error.passkey_cancelled',
  InvalidStateError: 'mfa.error.passkey_exists',
  NotSupportedError: 'mfa.error.passkey_unsupported',
  SecurityError: 'mfa.error.passkey_unsupported',
};
/** Errors about what was typed: said on the screen's input. */
const inputErrors = new Set([
  'guard.invalid_email',
  'guard.invalid_phone',
  'user.email_already_in_use',
  'user.phone_already_in_use',
  'user.email_exists_in_profile',
  'user.phone_exists_in_profile',
  'session.mfa.invalid_totp_code',
  'session.mfa.invalid_backup_code',
  'verification_code.code_mismatch',
]);

/** An error about the screen's input, in words. */
export const inputError = (key) => Object.assign(new Error(t(key)), { onInput: true });

const autocompletes = { email: 'email', tel: 'tel' };

/** A labelled input (`type` text, email or tel), with an optional hint it is described by. */
export function field(id, label, { numeric = false, hint, type } = {}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return h(
    'div',
    { class: 'mfa-field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'mfa-hint', id: hintId }, hint) : undefined,
    h('input', {
      id,
      name: id,
      type,
      autocomplete: numeric ? 'one-time-code' : (autocompletes[type] ?? 'off'),
      inputmode: numeric ? 'numeric' : undefined,
      autocapitalize: 'none',
      spellcheck: 'false',
      'aria-describedby': hintId,
      'data-hint': hintId,
      required: '',
    }),
  );
}

/**
 * The screens of one MFA run inside app.js's section: `screen` renders a form, `run` performs
 * an action one at a time, `fail` says an error in words where it belongs.
 */
export function createUi({ root, showError, showNotice }) {
  let busy = false;
  const setBusy = (on) => {
    for (const button of root.querySelectorAll('button')) button.disabled = on;
    const form = root.querySelector('form');
    if (on) form?.setAttribute('aria-busy', 'true');
    else form?.removeAttribute('aria-busy');
  };
  /** Marks the input invalid (or none), keeping its hint in its description. */
  const markInvalid = (invalid) => {
    for (const input of root.querySelectorAll('input')) {
      const described = [input === invalid ? 'error' : '', input.dataset.hint ?? ''].filter(Boolean).join(' ');
      if (input === invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (described) input.setAttribute('aria-describedby', described);
      else input.removeAttribute('aria-describedby');
    }
  };

  const ui = {
    notice: showNotice,
    /** Renders a screen and moves focus to its first input (or what it marks, or its first button). */
    screen({ title, intro, content = [], submit, onSubmit, links = [], linksLabel }) {
      showError('');
      showNotice('');
      const heading = document.getElementById('title');
      if (heading) heading.textContent = title;
      document.title = title;
      const form = h(
        'form',
        { class: 'mfa-form', novalidate: '' },
        intro ? h('p', { class: 'mfa-intro' }, intro) : undefined,
        ...content,
        submit ? h('button', { type: 'submit' }, submit) : undefined,
        links.length > 0 ? moreLinks(links, linksLabel) : undefined,
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (onSubmit) ui.run(onSubmit);
      });
      root.replaceChildren(form);
      (form.querySelector('input, [data-focus]') ?? form.querySelector('button'))?.focus();
      return form;
    },
    /** Runs an action: one at a time, buttons disabled meanwhile, errors said in words. */
    async run(action) {
      if (busy) return;
      busy = true;
      showError('');
      showNotice('');
      markInvalid(null);
      setBusy(true);
      try {
        await action();
      } catch (error) {
        setBusy(false);
        ui.fail(error);
      } finally {
        busy = false;
      }
    },
    /** Says what went wrong, on the input it is about (focused) or else on the primary button. */
    fail(error) {
      const key = errorPhrases[error?.code] ?? passkeyErrors[error?.name];
      const text = key ? t(key) : error?.message || t('mfa.error.failed');
      const input = error?.onInput || inputErrors.has(error?.code) ? root.querySelector('input') : null;
      markInvalid(input);
      if (input) {
        showError(text, input.id);
        return;
      }
      showError(text);
      (root.querySelector('button[type="submit"]') ?? root.querySelector('button'))?.focus();
    },
  };
  return ui;
}

function moreLinks(links, label) {
  return h(
    'div',
    { class: 'mfa-more' },
    label ? h('p', { class: 'mfa-more-label', id: 'mfa-more-label' }, label) : undefined,
    h(
      'ul',
      { class: 'mfa-links', 'aria-labelledby': label ? 'mfa-more-label' : undefined },
      links.map((link) =>
        h('li', {}, h('button', { type: 'button', class: 'link', onclick: link.onClick }, link.text)),
      ),
    ),
  );
}

/** An element with attributes (`on…` are listeners; undefined ones are left out) and children. */
export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value);
  }
  node.append(...children.flat().filter((child) => child !== undefined));
  return node;
}

/** mfa.css, next to this module, once; resolves when it applies (or failed to load). */
export function loadStyles() {
  const href = new URL('./mfa.css', import.meta.url).href;
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  const link = h('link', { rel: 'stylesheet', href });
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
  });
  document.head.append(link);
  return loaded;
}
