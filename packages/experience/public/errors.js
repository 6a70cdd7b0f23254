// Errors and notices above the form, and `run`, which runs a step's action one at a time and
// says its error in words, on the field the error is about.
import { state } from './state.js';

const $ = (id) => document.getElementById(id);

// The field an error is about: it is marked invalid, described by the message, and focused.
const fieldFor = {
  'session.invalid_credentials': 'password',
  'session.identifier_not_found': 'username',
  'user.user_not_exist': 'username',
  'user.username_already_in_use': 'username',
  'user.email_already_in_use': 'username',
  'user.phone_already_in_use': 'username',
  'user.invalid_username': 'username',
  'user.same_password': 'password',
  'password.rejected': 'password',
  'verification_code.code_mismatch': 'code',
  'verification_code.expired': 'code',
  'verification_code.exceed_max_try': 'code',
};
const fields = ['username', 'code', 'password', 'terms-agree'];

export function showError(text, field) {
  const box = $('error');
  box.textContent = text;
  box.hidden = !text;
  if (text) showNotice('');
  for (const id of fields) {
    const invalid = Boolean(text) && id === field;
    // An empty aria-invalid reads as "false" to screen readers: say "true", or drop it.
    if (invalid) {
      $(id).setAttribute('aria-invalid', 'true');
      $(id).setAttribute('aria-describedby', 'error');
    } else {
      $(id).removeAttribute('aria-invalid');
      $(id).removeAttribute('aria-describedby');
    }
  }
  if (field) {
    $(field).focus();
    if ($(field).type !== 'checkbox') $(field).select();
  }
}

export function showNotice(text) {
  $('notice').textContent = text;
  $('notice').hidden = !text;
}

/** Runs a step's action: one at a time, errors said in words and focused on their field. */
export async function run(action, button) {
  if (state.busy) return;
  state.busy = true;
  showError('');
  showNotice('');
  button.disabled = true;
  try {
    await action();
  } catch (error) {
    button.disabled = false;
    if (error.preview) {
      showNotice(error.message);
      return;
    }
    const field = error.field ?? fieldFor[error.code];
    // A field that is not on screen cannot take focus: fall back to the button.
    const visible = field && !$(field).closest('[hidden]') ? field : undefined;
    // Enable first (above): a disabled button cannot hold focus, and focus must not fall to the page.
    showError(error.message, visible);
    // Errors shown on their own fields (the profile fields) have put the focus there.
    if (!visible && !error.focused) button.focus();
  } finally {
    state.busy = false;
    if (state.step !== 'done') button.disabled = false;
  }
}
