// The account page's "Two-step verification" section: the user's factors (authenticator app,
// passkeys, backup codes) with Remove (and Rename for a passkey), and adding an authenticator app
// (QR code, key, first code), a passkey of this device or backup codes, each change confirmed
// with the identity record.
import { button, form, input, required } from './account-forms.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';
import { createPasskey, passkeysSupported } from './mfa-webauthn.js';

/** "Authenticator app", "Backup codes", "Passkey (its name or browser)". */
function factorName(factor) {
  const label = factor.type === 'WebAuthn' ? (factor.name ?? factor.agent) : undefined;
  return label ? `${t(`account.mfa.${factor.type}`)} (${label})` : t(`account.mfa.${factor.type}`);
}

/**
 * The section's children. `editable`: the account center's `mfa` is Edit; `enabled`: the factors
 * the sign-in experience offers; `done(message)` reloads the page's data and says the message.
 */
export function mfaContent({ factors, editable, enabled, api, ensureVerified, done }) {
  const items = factors.map((factor) => {
    const name = factorName(factor);
    const details = [
      t('account.mfa.added_on', { date: new Date(factor.createdAt).toLocaleDateString(document.documentElement.lang) }),
      factor.type === 'BackupCode' && factor.remainCodes !== undefined
        ? t('account.mfa.remain', { count: factor.remainCodes })
        : undefined,
    ].filter(Boolean);
    const remove = form(
      `remove-${factor.id}-form`,
      [button(t('account.mfa.remove', { factor: name }), { class: 'account-button secondary' })],
      async () => {
        const verificationId = await ensureVerified();
        await api(
          'DELETE',
          `/my-account/mfa-verifications/${encodeURIComponent(factor.id)}`,
          undefined,
          verificationId,
        );
        await done(t('account.mfa.removed', { factor: name }));
      },
    );
    const rename =
      factor.type === 'WebAuthn'
        ? h(
            'button',
            {
              type: 'button',
              class: 'account-button secondary',
              onclick: () => {
                panel.replaceChildren(passkeyRename({ factor, name, api, ensureVerified, done, panel }));
                document.getElementById('passkey-rename').focus();
              },
            },
            t('account.mfa.rename', { factor: name }),
          )
        : undefined;
    return h(
      'li',
      { class: 'account-item' },
      h(
        'div',
        {},
        h('p', { class: 'account-item-name' }, name),
        h('p', { class: 'account-hint' }, details.join(' · ')),
      ),
      editable ? h('div', { class: 'account-actions' }, rename, remove) : undefined,
    );
  });
  const panel = h('div', { id: 'mfa-panel' });
  const actions = [];
  const hasTotp = factors.some((factor) => factor.type === 'Totp');
  const hasBackup = factors.some((factor) => factor.type === 'BackupCode' && factor.remainCodes !== 0);
  const hasOther = factors.some((factor) => factor.type !== 'BackupCode');
  if (editable && enabled.includes('Totp') && !hasTotp) {
    actions.push(
      form('add-totp-form', [button(t('account.mfa.add_totp'), { class: 'account-button secondary' })], async () => {
        const { secret, secretQrCode } = await api('POST', '/my-account/mfa-verifications/totp-secret/generate');
        panel.replaceChildren(totpSetup({ secret, secretQrCode, api, ensureVerified, done, panel }));
        document.getElementById('totp-code').focus();
      }),
    );
  }
  if (editable && enabled.includes('WebAuthn') && passkeysSupported()) {
    actions.push(passkeyAdd({ api, ensureVerified, done }));
  }
  if (editable && enabled.includes('BackupCode') && hasOther && !hasBackup) {
    actions.push(
      form(
        'add-backup-form',
        [button(t('account.mfa.add_backup'), { class: 'account-button secondary' })],
        async () => {
          const { codes } = await api('POST', '/my-account/mfa-verifications/backup-codes/generate');
          panel.replaceChildren(backupSetup({ codes, api, ensureVerified, done, panel }));
          document.getElementById('backup-codes').focus();
        },
      ),
    );
  }
  return [
    items.length > 0 ? h('ul', { class: 'account-list' }, items) : h('p', { class: 'intro' }, t('account.mfa.none')),
    ...actions,
    panel,
  ];
}

function totpSetup({ secret, secretQrCode, api, ensureVerified, done, panel }) {
  return form(
    'totp-form',
    [
      h('p', { class: 'intro' }, t('account.mfa.totp_intro')),
      h('img', { class: 'mfa-qr', src: secretQrCode, alt: t('account.mfa.qr'), width: '176', height: '176' }),
      h('p', { class: 'account-label', id: 'totp-key-label' }, t('account.mfa.key')),
      h('p', { class: 'mfa-secret' }, h('code', { 'aria-labelledby': 'totp-key-label', id: 'totp-key' }, secret)),
      input('totp-code', t('account.mfa.totp_code'), { autocomplete: 'one-time-code', inputmode: 'numeric' }),
      submitOrCancel(t('account.mfa.turn_on'), panel),
    ],
    async () => {
      const code = required('totp-code');
      const verificationId = await ensureVerified();
      await api('POST', '/my-account/mfa-verifications', { type: 'Totp', secret, code }, verificationId);
      await done(t('account.mfa.totp_added'));
    },
  );
}

function backupSetup({ codes, api, ensureVerified, done, panel }) {
  return form(
    'backup-form',
    [
      h('p', { class: 'intro' }, t('account.mfa.backup_intro')),
      h(
        'ul',
        { class: 'mfa-codes', id: 'backup-codes', tabindex: '-1', 'aria-label': t('account.mfa.backup_codes') },
        codes.map((code) => h('li', {}, code)),
      ),
      submitOrCancel(t('account.mfa.backup_save'), panel),
    ],
    async () => {
      const verificationId = await ensureVerified();
      await api('POST', '/my-account/mfa-verifications', { type: 'BackupCode', codes }, verificationId);
      await done(t('account.mfa.backup_added'));
    },
  );
}

/** The browser's refusal in words: cancelled or timed out, already on this device, or anything else. */
function passkeyError(error) {
  const key =
    error?.name === 'NotAllowedError'
      ? 'account.mfa.passkey_cancelled'
      : error?.name === 'InvalidStateError'
        ? 'account.mfa.passkey_exists'
        : 'account.mfa.passkey_failed';
  return new Error(t(key));
}

/** "Add a passkey": an optional name, then the device's passkey ceremony, verified and bound. */
function passkeyAdd({ api, ensureVerified, done }) {
  return form(
    'add-passkey-form',
    [
      input('passkey-name', t('account.mfa.passkey_name'), { hint: t('account.mfa.passkey_name_hint') }),
      button(t('account.mfa.add_passkey'), { class: 'account-button secondary' }),
    ],
    async () => {
      const name = document.getElementById('passkey-name').value.trim();
      const verificationId = await ensureVerified();
      const { verificationRecordId, registrationOptions } = await api('POST', '/verifications/web-authn/registration');
      const payload = await createPasskey(registrationOptions).catch((error) => {
        throw passkeyError(error);
      });
      await api('POST', '/verifications/web-authn/registration/verify', { verificationRecordId, payload });
      await api(
        'POST',
        '/my-account/mfa-verifications',
        { type: 'WebAuthn', newIdentifierVerificationRecordId: verificationRecordId, ...(name && { name }) },
        verificationId,
      );
      await done(t('account.mfa.passkey_added'));
    },
  );
}

function passkeyRename({ factor, name, api, ensureVerified, done, panel }) {
  return form(
    'passkey-rename-form',
    [
      input('passkey-rename', t('account.mfa.new_name', { factor: name }), { value: factor.name ?? '' }),
      submitOrCancel(t('account.save'), panel),
    ],
    async () => {
      const value = required('passkey-rename');
      const verificationId = await ensureVerified();
      await api(
        'PATCH',
        `/my-account/mfa-verifications/${encodeURIComponent(factor.id)}/name`,
        { name: value },
        verificationId,
      );
      await done(t('account.mfa.renamed', { name: value }));
    },
  );
}

/** A setup form's submit button and "Cancel", which closes the panel. */
function submitOrCancel(label, panel) {
  return h(
    'div',
    { class: 'account-actions' },
    button(label),
    h('button', { type: 'button', class: 'link', onclick: () => panel.replaceChildren() }, t('account.cancel')),
  );
}
