// Setting up an email address or phone number as the second factor (Logto's email and SMS
// verification code factors): the user types the address, confirms it with the code sent
// there, and the server adds it to the account at submit with the factor bound.
import { t } from './i18n.js';
import { field, inputError } from './mfa-ui.js';

const factors = { email: 'EmailVerificationCode', phone: 'PhoneVerificationCode' };

/** The address screen, then the code screen; `bound` goes on once the factor is bound. */
export function contactSetup(flow, type, { links, bound }) {
  const { api, ui, event } = flow;
  const title = t(`mfa.enrol.${type}.title`);
  const ask = () =>
    ui.screen({
      title,
      intro: t(`mfa.enrol.${type}.intro`),
      content: [field('mfa-contact', t(`mfa.enrol.${type}.label`), { type: type === 'email' ? 'email' : 'tel' })],
      submit: t('mfa.code.send'),
      onSubmit: () => {
        const value = document.getElementById('mfa-contact').value.trim();
        if (!value) throw inputError(`mfa.error.${type}_empty`);
        return send(value);
      },
      links,
    });
  const send = async (value) => {
    const identifier = { type, value };
    const { verificationId } = await api('POST', '/verification/verification-code', {
      identifier,
      interactionEvent: event,
    });
    ui.screen({
      title,
      intro: t(`mfa.enrol.${type}.sent`, { value }),
      content: [field('mfa-code', t('mfa.code.label'), { numeric: true })],
      submit: t('mfa.continue'),
      onSubmit: async () => {
        const code = document.getElementById('mfa-code').value.replace(/\s/g, '');
        if (!code) throw inputError('mfa.error.code_empty');
        await api('POST', '/verification/verification-code/verify', { identifier, verificationId, code });
        await api('POST', '/profile/mfa', { type: factors[type], verificationId });
        await bound();
      },
      links: [
        { text: t('mfa.code.resend'), onClick: () => ui.run(() => send(value)) },
        { text: t(`mfa.enrol.${type}.change`), onClick: ask },
      ],
    });
  };
  ask();
}
