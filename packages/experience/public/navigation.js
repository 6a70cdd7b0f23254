// Moving between steps and flows: to a step (focusing its first field), between signing in and
// creating an account, into "forgot password" and back.

import { base, pagePath } from './base.js';
import { showError, showNotice } from './errors.js';
import { setEvent } from './interaction.js';
import { render } from './render.js';
import { state } from './state.js';

const $ = (id) => document.getElementById(id);

/** Shows a step (of the current flow unless another is given) and focuses its first field. */
export function go(nextStep, nextFlow = state.flow) {
  state.step = nextStep;
  state.flow = nextFlow;
  render();
  const first = [...document.querySelectorAll('#form input')].find((input) => !input.closest('[hidden]'));
  first?.focus();
}

/** "Create account" ⇄ "Sign in": the address follows the mode. */
export async function switchMode() {
  state.mode = state.mode === 'Register' ? 'SignIn' : 'Register';
  history.replaceState(null, '', `${base}/${state.mode === 'Register' ? 'register' : 'sign-in'}${location.search}`);
  showError('');
  showNotice('');
  state.step = 'identify';
  state.flow = state.mode;
  render();
  await setEvent(state.mode);
}

export async function forgotPassword() {
  showError('');
  showNotice('');
  const value = $('username').value.trim();
  go('identify', 'ForgotPassword');
  // Keep what was typed when it can receive a code (an email or a phone number).
  const kept = value && (value.includes('@') || /^\+?[\d\s().-]{5,}$/.test(value)) ? value : '';
  $('username').value = kept;
  await setEvent('ForgotPassword');
}

/** From the code step back to the identifier; from "reset your password" back to signing in. */
export async function back() {
  showError('');
  showNotice('');
  if (state.step === 'code') {
    // From the code of an added email or phone back to its address.
    go(state.adding ? 'contact' : 'identify');
    return;
  }
  // Opened as /forgot-password (first_screen=reset_password): back is the sign-in page.
  if (pagePath().startsWith('/forgot-password')) history.replaceState(null, '', `${base}/sign-in${location.search}`);
  go('identify', state.mode);
  await setEvent(state.mode);
}
