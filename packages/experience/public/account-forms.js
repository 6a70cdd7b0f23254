// The account page's forms: labelled fields, read-only values, and `runForm`, which runs a form's
// action one at a time with its buttons disabled and says an error in words next to the field.
import { words } from './account-api.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';

/** A labelled input; `hint` describes it. */
export function input(id, label, { type = 'text', value = '', autocomplete = 'off', inputmode, hint, oninput } = {}) {
  return h(
    'div',
    { class: 'account-field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'account-hint', id: `${id}-hint` }, hint) : undefined,
    h('input', {
      id,
      name: id,
      type,
      value,
      autocomplete,
      inputmode,
      autocapitalize: 'none',
      spellcheck: 'false',
      'aria-describedby': hint ? `${id}-hint` : undefined,
      'data-hint': hint ? `${id}-hint` : undefined,
      oninput,
    }),
  );
}

/** A field shown as a value: its name, its value (or "Not set") and, unless `badge` is false, "Read only". */
export function readOnly(id, label, value, { badge = true } = {}) {
  return h(
    'dl',
    { class: 'account-field account-read-only', id: `${id}-read-only` },
    h('dt', { class: 'account-label' }, label),
    h('dd', { class: 'account-value' }, value || t('account.not_set')),
    badge ? h('dd', { class: 'account-badge' }, t('account.read_only')) : undefined,
  );
}

/** A form with its own error line, calling `onSubmit(form)` through runForm. */
export function form(id, children, onSubmit) {
  const element = h(
    'form',
    { id, class: 'account-form', novalidate: '' },
    ...children,
    h('p', { id: `${id}-error`, class: 'field-error', role: 'alert', hidden: '' }),
  );
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    runForm(element, () => onSubmit(element));
  });
  return element;
}

export const button = (text, attributes = {}) =>
  h('button', { type: 'submit', class: 'account-button', ...attributes }, text);

/** An error about a field (`input` is its id): said next to it, the field marked invalid and focused. */
export const fieldError = (inputId, key) => Object.assign(new Error(t(key)), { field: inputId });

/** The value of a form's input, trimmed; an empty one is an error said on the field. */
export function required(inputId) {
  const value = document.getElementById(inputId).value.trim();
  if (!value) throw fieldError(inputId, 'account.error.required');
  return value;
}

/**
 * Runs a form's action: one at a time per form, the form marked busy and its buttons disabled meanwhile.
 * An error is said under the form and on the field it is about (or the form's first field).
 */
export async function runForm(element, action) {
  if (element.getAttribute('aria-busy') === 'true') return;
  const errorLine = element.querySelector('.field-error');
  const inputs = [...element.querySelectorAll('input, textarea')];
  const describe = (field, invalid) => {
    const ids = [invalid ? errorLine.id : '', field.dataset.hint ?? ''].filter(Boolean).join(' ');
    if (ids) field.setAttribute('aria-describedby', ids);
    else field.removeAttribute('aria-describedby');
    if (invalid) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  };
  errorLine.hidden = true;
  errorLine.textContent = '';
  for (const field of inputs) describe(field, false);
  element.setAttribute('aria-busy', 'true');
  // Progress, said in the page's status line (a finished change replaces it with its result).
  const status = document.getElementById('status');
  const working = t('account.working');
  if (status) status.textContent = working;
  const buttons = [...element.querySelectorAll('button')];
  for (const control of buttons) control.disabled = true;
  try {
    await action();
  } catch (error) {
    if (error?.cancelled) return;
    errorLine.textContent = words(error) || t('account.error.required');
    errorLine.hidden = false;
    const field =
      inputs.find((candidate) => candidate.id === error?.field) ??
      inputs.filter((candidate) => candidate.offsetParent !== null).at(-1);
    for (const control of buttons) control.disabled = false;
    if (field) {
      describe(field, true);
      field.focus();
    } else {
      buttons[0]?.focus();
    }
  } finally {
    if (status?.textContent === working) status.textContent = '';
    element.removeAttribute('aria-busy');
    for (const control of element.querySelectorAll('button')) control.disabled = false;
  }
}
