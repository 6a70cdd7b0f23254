// "Confirm it is you": the identity check before a sensitive change, in a modal dialog. The user
// proves it with the current password or a code sent to the current email or phone; the record
// (ten minutes) is kept for the next changes until a minute before it expires.
import { button, form, input, required, runForm } from './account-forms.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';

const cancelled = () => Object.assign(new Error('cancelled'), { cancelled: true });

/** `api` is the Account API caller; `profile()` the user's current profile (which ways they can prove it). */
export function createVerifier({ api, profile }) {
  let record;

  function open(resolve, reject) {
    let done = false;
    const finish = (result) => {
      done = true;
      record = { id: result.verificationRecordId, expiresAt: Date.parse(result.expiresAt) };
      dialog.close();
      resolve(record.id);
    };
    const { hasPassword, primaryEmail, primaryPhone } = profile();
    const ways = [];
    if (hasPassword !== false) {
      ways.push(
        form(
          'verify-password-form',
          [
            input('verify-password', t('account.verify.password'), {
              type: 'password',
              autocomplete: 'current-password',
            }),
            button(t('account.verify.by_password')),
          ],
          async () => {
            const password = required('verify-password');
            finish(await api('POST', '/verifications/password', { password }));
          },
        ),
      );
    }
    for (const [type, value] of [
      ['email', primaryEmail],
      ['phone', primaryPhone],
    ]) {
      if (value) ways.push(codeWay(type, value, finish));
    }
    const dialog = h(
      'dialog',
      { id: 'verify-dialog', class: 'account-dialog', 'aria-labelledby': 'verify-title' },
      h('h2', { id: 'verify-title' }, t('account.verify.title')),
      h('p', { class: 'intro' }, ways.length > 0 ? t('account.verify.intro') : t('account.verify.none')),
      ...ways,
      h('button', { type: 'button', class: 'link account-cancel', onclick: () => dialog.close() }, t('account.cancel')),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (!done) reject(cancelled());
    });
    document.body.append(dialog);
    dialog.showModal();
  }

  /** A code to the user's current email or phone: "Send a code to …", then the code. */
  function codeWay(type, value, finish) {
    const identifier = { type, value };
    let sent;
    const codeRow = h(
      'div',
      { hidden: '' },
      input(`verify-code-${type}`, t('account.verify.code'), { autocomplete: 'one-time-code', inputmode: 'numeric' }),
      button(t('account.verify.by_code')),
    );
    const send = h(
      'button',
      { type: 'button', class: 'account-button secondary' },
      t('account.verify.send_code', { to: value }),
    );
    const element = form(`verify-${type}-form`, [send, codeRow], async () => {
      const code = required(`verify-code-${type}`);
      const verificationId = sent?.verificationRecordId;
      const verified = await api('POST', '/verifications/verification-code/verify', {
        identifier,
        verificationId,
        code,
      });
      finish({ ...verified, expiresAt: sent.expiresAt });
    });
    send.addEventListener('click', () =>
      runForm(element, async () => {
        sent = await api('POST', '/verifications/verification-code', { identifier });
        codeRow.hidden = false;
        document.getElementById(`verify-code-${type}`).focus();
      }),
    );
    return element;
  }

  /** The identity record, asking the user for it when there is none (rejects with `cancelled` when they cancel). */
  async function ensureVerified() {
    if (record && record.expiresAt - Date.now() > 60_000) return record.id;
    return new Promise(open);
  }
  /** The record `{ id, expiresAt }` held now, to keep across a trip to a social provider. */
  ensureVerified.current = () => record;
  /** Holds a record kept across such a trip again. */
  ensureVerified.remember = (kept) => {
    if (kept?.id && kept.expiresAt > Date.now()) record = kept;
  };
  return ensureVerified;
}
