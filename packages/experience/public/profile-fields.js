// The custom profile fields sign-up collects after the identifier (the sign-in experience's
// `customProfileFields`, in their order): one control per field, or a group per Address or
// Fullname field, and each field's error in words right under it.
import { has, t } from './i18n.js';
import { state } from './state.js';

const $ = (id) => document.getElementById(id);
const inputTypes = { Number: 'text', Url: 'url', Date: 'text' };

export const profileFields = () =>
  (Array.isArray(state.settings.customProfileFields) ? state.settings.customProfileFields : []).filter(
    (field) => field && typeof field.name === 'string',
  );

const controlId = (name) => `extra-${name.replace('.', '-')}`;

/** A label, the control and an (empty) error line; the control's name is its value's path. */
function control(path, spec) {
  const id = controlId(path);
  const wrapper = document.createElement('div');
  wrapper.className = spec.type === 'Checkbox' ? 'extra-field extra-checkbox' : 'extra-field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label || spec.name;
  let input;
  if (spec.type === 'Select') {
    input = document.createElement('select');
    const empty = document.createElement('option');
    empty.value = '';
    empty.textContent = spec.config?.placeholder ?? t('extra.choose');
    input.append(empty);
    for (const option of spec.config?.options ?? []) {
      const item = document.createElement('option');
      item.value = option.value;
      item.textContent = option.label || option.value;
      input.append(item);
    }
  } else {
    input = document.createElement('input');
    input.type = spec.type === 'Checkbox' ? 'checkbox' : (inputTypes[spec.type] ?? 'text');
    if (spec.type === 'Number') input.inputMode = 'decimal';
    if (spec.type === 'Checkbox') input.checked = spec.config?.defaultValue === 'true';
    const placeholder = spec.config?.placeholder ?? (spec.type === 'Date' ? spec.config?.format : undefined);
    if (placeholder) input.placeholder = placeholder;
  }
  input.id = id;
  input.dataset.path = path;
  input.dataset.type = spec.type;
  if (spec.required) input.required = true;
  const error = document.createElement('p');
  error.className = 'field-error';
  error.id = `${id}-error`;
  error.hidden = true;
  if (spec.type === 'Checkbox') wrapper.append(input, label, error);
  else wrapper.append(label, input, error);
  if (spec.description) {
    const hint = document.createElement('p');
    hint.className = 'field-hint';
    hint.id = `${id}-hint`;
    hint.textContent = spec.description;
    input.setAttribute('aria-describedby', hint.id);
    wrapper.append(hint);
  }
  return wrapper;
}

/** Builds the controls once per set of fields (their values survive re-renders). */
export function renderProfileFields(visible) {
  const root = $('extra-fields');
  root.hidden = !visible;
  if (!visible) return;
  const fields = profileFields();
  const key = JSON.stringify(fields.map((field) => [field.name, field.type, field.label, field.config]));
  if (root.dataset.key === key) return;
  root.dataset.key = key;
  root.replaceChildren(
    ...fields.map((field) => {
      if (field.type !== 'Address' && field.type !== 'Fullname') return control(field.name, field);
      const group = document.createElement('fieldset');
      group.className = 'extra-group';
      group.id = controlId(field.name);
      const legend = document.createElement('legend');
      legend.textContent = field.label || field.name;
      const error = document.createElement('p');
      error.className = 'field-error';
      error.id = `${group.id}-error`;
      error.hidden = true;
      group.append(legend, error);
      for (const part of field.config?.parts ?? [])
        if (part.enabled) group.append(control(`${field.name}.${part.name}`, part));
      return group;
    }),
  );
}

/** What was entered, as the Experience API's `extraProfile` values (blank fields left out). */
export function profileValues() {
  const values = {};
  for (const input of $('extra-fields').querySelectorAll('[data-path]')) {
    const value = input.dataset.type === 'Checkbox' ? input.checked : input.value.trim();
    if (value === '') continue;
    const [name, part] = input.dataset.path.split('.');
    if (part) values[name] = { ...values[name], [part]: value };
    else values[name] = value;
  }
  return values;
}

/** Each issue's words under its field (a group's own issue under its legend); focuses the first. */
export function showFieldErrors(issues = []) {
  // In the page's language when it knows the problem's code, else the server's words.
  const words = (issue) => (has(issue.code) ? t(issue.code, issue.interpolation) : String(issue.message));
  const byId = new Map(issues.map((issue) => [controlId(String(issue.name)), words(issue)]));
  for (const error of $('extra-fields').querySelectorAll('.field-error')) {
    const id = error.id.slice(0, -'-error'.length);
    const message = byId.get(id);
    error.textContent = message ?? '';
    error.hidden = !message;
    const target = $(id);
    if (!target || target.tagName === 'FIELDSET') continue;
    const hint = $(`${id}-hint`) ? ` ${id}-hint` : '';
    if (message) {
      target.setAttribute('aria-invalid', 'true');
      target.setAttribute('aria-describedby', `${error.id}${hint}`);
    } else {
      target.removeAttribute('aria-invalid');
      if (hint) target.setAttribute('aria-describedby', hint.trim());
      else target.removeAttribute('aria-describedby');
    }
  }
  const first = issues.map((issue) => $(controlId(String(issue.name)))).find(Boolean);
  const focusable = first?.tagName === 'FIELDSET' ? first.querySelector('input, select') : first;
  focusable?.focus();
}
