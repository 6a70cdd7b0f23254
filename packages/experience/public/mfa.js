// Multi-factor authentication screens of the sign-in page, loaded by app.js when submit asks for
// a second factor: verify one of the user's factors (session.mfa.require_mfa_verification) or
// set one up (user.missing_mfa). The server holds every rule; these screens only ask and show.
//
// Each screen is one form inside app.js's <section id="mfa">: a title (the page's <h1>), an
// intro, its fields, one primary button and links to the other choices. When a factor is
// verified or bound, `onDone` submits again; should the server ask for more, app.js calls
// runMfa again and the new screen replaces this one.
import { t } from './i18n.js';
import { contactSetup } from './mfa-contact.js';
import './mfa-phrases.js';
import { createUi, field, h, inputError, loadStyles } from './mfa-ui.js';
import { createPasskey, passkeysSupported, usePasskey } from './mfa-webauthn.js';

/** Factors in the order they are offered; backup codes last, as the fallback. */
const order = ['Totp', 'WebAuthn', 'EmailVerificationCode', 'PhoneVerificationCode', 'BackupCode'];
/** Factors that can be set up here; an email or phone factor is a new address confirmed by code. */
const bindable = ['Totp', 'WebAuthn', 'EmailVerificationCode', 'PhoneVerificationCode', 'BackupCode'];

export async function runMfa({ error, api, root, showError, showNotice, onDone, event }) {
  await loadStyles();
  const flow = { api, onDone, event, ui: createUi({ root, showError, showNotice }) };
  const factors = error.data?.availableFactors ?? [];
  const enrolling = error.code === 'user.missing_mfa';
  const prompting = error.code === 'user.passkey_preferred';
  const start = prompting
    ? () => passkeyPrompt(flow)
    : enrolling
      ? () => enrol(flow, factors, Boolean(error.data?.skippable))
      : () => verify(flow, factors);
  try {
    await start();
  } catch (failure) {
    flow.ui.screen({
      title: t(prompting ? 'mfa.passkey_prompt.title' : enrolling ? 'mfa.enrol.title' : 'mfa.verify.title'),
      submit: t('mfa.try_again'),
      onSubmit: start,
    });
    flow.ui.fail(failure);
  }
}

// ---- Verify one of the user's factors ----------------------------------------------------

function verify(flow, available) {
  const factors = order.filter((factor) => available.includes(factor));
  const show = (factor, startPasskey = false) => {
    const links = factors
      .filter((other) => other !== factor)
      .map((other) => ({ text: t(`mfa.verify.use.${other}`), onClick: () => show(other, other === 'WebAuthn') }));
    const form = flow.ui.screen({
      title: t('mfa.verify.title'),
      ...verifyScreens[factor](flow),
      links,
      linksLabel: t('mfa.verify.other'),
    });
    // Chosen from a link: the click is the user's go-ahead, so the passkey prompt opens at once.
    if (startPasskey) form.requestSubmit();
  };
  show(factors.find((factor) => factor !== 'WebAuthn' || passkeysSupported()) ?? factors[0] ?? 'Totp');
}

const verifyScreens = {
  Totp: (flow) => ({
    intro: t('mfa.verify.totp.intro'),
    content: [field('mfa-code', t('mfa.totp.label'), { numeric: true })],
    submit: t('mfa.continue'),
    onSubmit: async () => {
      await flow.api('POST', '/verification/totp/verify', { code: totpCode() });
      await flow.onDone();
    },
  }),
  BackupCode: (flow) => ({
    intro: t('mfa.verify.backup.intro'),
    content: [field('mfa-backup-code', t('mfa.backup_code.label'))],
    submit: t('mfa.continue'),
    onSubmit: async () => {
      const code = document.getElementById('mfa-backup-code').value.replace(/\s/g, '');
      if (!code) throw inputError('mfa.error.backup_empty');
      await flow.api('POST', '/verification/backup-code/verify', { code });
      await flow.onDone();
    },
  }),
  EmailVerificationCode: (flow) => codeScreen(flow, 'email'),
  PhoneVerificationCode: (flow) => codeScreen(flow, 'phone'),
  WebAuthn: (flow) => ({
    intro: t('mfa.verify.passkey.intro'),
    submit: t('mfa.verify.use.WebAuthn'),
    onSubmit: async () => {
      const { verificationId, authenticationOptions } = await flow.api(
        'POST',
        '/verification/web-authn/authentication',
      );
      const payload = await usePasskey(authenticationOptions);
      await flow.api('POST', '/verification/web-authn/authentication/verify', { verificationId, payload });
      await flow.onDone();
    },
  }),
};

/** A code sent to the account's email or phone: ask for it to be sent, then enter it. */
function codeScreen(flow, type) {
  const send = async () => {
    const { verificationId } = await flow.api('POST', '/verification/mfa-verification-code', { identifierType: type });
    flow.ui.screen({
      title: t('mfa.verify.title'),
      intro: t(`mfa.verify.code.sent.${type}`),
      content: [field('mfa-code', t('mfa.code.label'), { numeric: true })],
      submit: t('mfa.continue'),
      onSubmit: async () => {
        const code = document.getElementById('mfa-code').value.replace(/\s/g, '');
        if (!code) throw inputError('mfa.error.code_empty');
        await flow.api('POST', '/verification/mfa-verification-code/verify', {
          identifierType: type,
          verificationId,
          code,
        });
        await flow.onDone();
      },
      links: [{ text: t('mfa.code.resend'), onClick: () => flow.ui.run(send) }],
    });
  };
  return { intro: t(`mfa.verify.code.intro.${type}`), submit: t('mfa.code.send'), onSubmit: send };
}

// ---- Add a passkey for sign-in -------------------------------------------------------------

/** Passkey sign-in is on and the account has no passkey: offer one (or skip, remembered at sign-in). */
function passkeyPrompt(flow) {
  const { api, ui } = flow;
  const skip = async () => {
    await api('POST', '/profile/mfa/passkey-skipped');
    await flow.onDone();
  };
  // A browser without passkeys can not take the offer: skip it rather than stop here.
  if (!passkeysSupported()) return skip();
  ui.screen({
    title: t('mfa.passkey_prompt.title'),
    intro: t('mfa.passkey_prompt.intro'),
    submit: t('mfa.enrol.passkey.create'),
    onSubmit: async () => {
      const { verificationId, registrationOptions } = await api('POST', '/verification/web-authn/registration');
      const payload = await createPasskey(registrationOptions);
      await api('POST', '/verification/web-authn/registration/verify', { verificationId, payload });
      await api('POST', '/profile/mfa/passkey', { verificationId });
      await flow.onDone();
    },
    links: [{ text: t('mfa.skip'), onClick: () => ui.run(skip) }],
  });
}

// ---- Set up a factor ---------------------------------------------------------------------

async function enrol(flow, available, skippable) {
  const { api, ui } = flow;
  const firsts = order.filter(
    (factor) => factor !== 'BackupCode' && bindable.includes(factor) && available.includes(factor),
  );
  const usable = firsts.filter((factor) => factor !== 'WebAuthn' || passkeysSupported());
  const choices = usable.length > 0 ? usable : firsts;
  const skip = async () => {
    await api('POST', '/profile/mfa/mfa-skipped');
    await flow.onDone();
  };
  const skipLink = skippable ? [{ text: t('mfa.skip'), onClick: () => ui.run(skip) }] : [];
  const links = [
    ...(choices.length > 1 ? [{ text: t('mfa.choose_another'), onClick: () => chooser() }] : []),
    ...skipLink,
  ];
  /** After the first factor is bound: backup codes when they are enabled, then submit. */
  const bound = () => (available.includes('BackupCode') ? backupCodes(flow) : flow.onDone());

  const setups = {
    EmailVerificationCode: () => contactSetup(flow, 'email', { links, bound }),
    PhoneVerificationCode: () => contactSetup(flow, 'phone', { links, bound }),
    async Totp() {
      const { verificationId, secret, secretQrCode } = await api('POST', '/verification/totp/secret');
      ui.screen({
        title: t('mfa.enrol.totp.title'),
        intro: t('mfa.enrol.totp.scan'),
        content: [
          /^data:image\//.test(secretQrCode)
            ? h('img', { class: 'mfa-qr', src: secretQrCode, alt: t('mfa.enrol.totp.qr'), width: '176', height: '176' })
            : undefined,
          h('p', { class: 'mfa-manual', id: 'mfa-secret-label' }, t('mfa.enrol.totp.manual')),
          h('p', { class: 'mfa-secret' }, h('code', { id: 'mfa-secret' }, secret.replace(/(.{4})(?=.)/g, '$1 '))),
          field('mfa-code', t('mfa.totp.label'), { numeric: true, hint: t('mfa.enrol.totp.code_hint') }),
        ],
        submit: t('mfa.continue'),
        onSubmit: async () => {
          await api('POST', '/verification/totp/verify', { code: totpCode(), verificationId });
          await api('POST', '/profile/mfa', { type: 'Totp', verificationId });
          await bound();
        },
        links,
      });
    },
    WebAuthn() {
      ui.screen({
        title: t('mfa.enrol.passkey.title'),
        intro: t('mfa.enrol.passkey.intro'),
        submit: t('mfa.enrol.passkey.create'),
        onSubmit: async () => {
          const { verificationId, registrationOptions } = await api('POST', '/verification/web-authn/registration');
          const payload = await createPasskey(registrationOptions);
          const verified = await api('POST', '/verification/web-authn/registration/verify', {
            verificationId,
            payload,
          });
          await api('POST', '/profile/mfa', {
            type: 'WebAuthn',
            verificationId: verified?.verificationId ?? verificationId,
          });
          await bound();
        },
        links,
      });
    },
  };

  function chooser() {
    ui.screen({
      title: t('mfa.enrol.title'),
      intro: t('mfa.enrol.intro'),
      content: [
        h('p', { class: 'mfa-choose', id: 'mfa-choose' }, t('mfa.enrol.choose')),
        h(
          'ul',
          { class: 'mfa-options', 'aria-labelledby': 'mfa-choose' },
          choices.map((factor) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'mfa-option',
                  // Named by all its visible words (title, then text): a shorter name misleads
                  // speech-control users (axe: label-content-name-mismatch).
                  onclick: () => ui.run(setups[factor]),
                },
                h('span', { class: 'mfa-option-title' }, t(`mfa.enrol.option.${factor}`)),
                h('span', { class: 'mfa-option-text' }, t(`mfa.enrol.option.${factor}.text`)),
              ),
            ),
          ),
        ),
      ],
      links: skipLink,
    });
  }

  if (choices.length === 0) {
    ui.screen({ title: t('mfa.enrol.title'), intro: t('mfa.enrol.none'), links: skipLink });
    return;
  }
  if (choices.length === 1) return setups[choices[0]]();
  chooser();
}

/** Ten single-use codes to keep; bound beside the first factor once the user says they are saved. */
async function backupCodes(flow) {
  const { verificationId, codes } = await flow.api('POST', '/verification/backup-code/generate');
  const text = codes.join('\n');
  const list = h(
    'ol',
    { class: 'mfa-codes', id: 'mfa-codes', 'aria-label': t('mfa.backup.list'), tabindex: '-1', 'data-focus': '' },
    codes.map((code) => h('li', {}, h('code', {}, code))),
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      flow.ui.notice(t('mfa.backup.copied'));
    } catch {
      getSelection()?.selectAllChildren(list);
      flow.ui.notice(t('mfa.backup.copy_failed'));
    }
  };
  const download = () => {
    const file = new Blob([`${t('mfa.backup.file_title')}\n${location.host}\n\n${text}\n`], { type: 'text/plain' });
    const link = h('a', { href: URL.createObjectURL(file), download: `${location.hostname}-backup-codes.txt` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  flow.ui.screen({
    title: t('mfa.backup.title'),
    intro: t('mfa.backup.intro'),
    content: [
      list,
      h(
        'div',
        { class: 'mfa-actions' },
        h('button', { type: 'button', class: 'mfa-secondary', onclick: copy }, t('mfa.backup.copy')),
        h('button', { type: 'button', class: 'mfa-secondary', onclick: download }, t('mfa.backup.download')),
      ),
    ],
    submit: t('mfa.backup.saved'),
    onSubmit: async () => {
      await flow.api('POST', '/profile/mfa', { type: 'BackupCode', verificationId });
      await flow.onDone();
    },
  });
}

// ---- Reading fields ----------------------------------------------------------------------

/** The 6 digits typed in the authenticator code field (spaces allowed), or an error about them. */
function totpCode() {
  const code = document.getElementById('mfa-code').value.replace(/\s/g, '');
  if (!code) throw inputError('mfa.error.totp_empty');
  if (!/^\d{6}$/.test(code)) throw inputError('mfa.error.totp_format');
  return code;
}
