// The account page's "Two-step verification" section: the user's factors (authenticator app,
// passkeys, backup codes) with Remove, and adding an authenticator app (QR code, key, first
// code) or backup codes, each change confirmed with the identity record.
import { button, form, input, required } from './account-forms.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';

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
    return h(
      'li',
      { class: 'account-item' },
      h(
        'div',
        {},
        h('p', { class: 'account-item-name' }, name),
        h('p', { class: 'account-hint' }, details.join(' · ')),
      ),
      editable ? remove : undefined,
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
      h(
        'div',
        { class: 'account-actions' },
        button(t('account.mfa.turn_on')),
        h('button', { type: 'button', class: 'link', onclick: () => panel.replaceChildren() }, t('account.cancel')),
      ),
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
      h(
        'div',
        { class: 'account-actions' },
        button(t('account.mfa.backup_save')),
        h('button', { type: 'button', class: 'link', onclick: () => panel.replaceChildren() }, t('account.cancel')),
      ),
    ],
    async () => {
      const verificationId = await ensureVerified();
      await api('POST', '/my-account/mfa-verifications', { type: 'BackupCode', codes }, verificationId);
      await done(t('account.mfa.backup_added'));
    },
  );
}
