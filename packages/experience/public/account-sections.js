// The account page's sections, built from the profile and the account center's field
// permissions: `Off` leaves a field out, `ReadOnly` shows it, `Edit` gives it a form.
import { button, form, input, readOnly, required } from './account-forms.js';
import { mfaContent } from './account-mfa.js';
import { customDataField, profileDetails } from './account-profile.js';
import { socialContent } from './account-social.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';

/** A section with a heading that can take focus (after a change removes the control that had it). */
const section = (id, title, children) =>
  h(
    'section',
    { id, class: 'account-section', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, tabindex: '-1' }, title),
    ...children,
  );

/** Name, avatar URL, username: one form each (username also needs the identity record). */
function profileFields(ctx) {
  const { profile, fields, api, ensureVerified, done } = ctx;
  return ['name', 'avatar', 'username']
    .filter((field) => fields[field] === 'ReadOnly' || fields[field] === 'Edit')
    .map((field) => {
      const label = t(`account.field.${field}`);
      if (fields[field] === 'ReadOnly') return readOnly(field, label, profile[field]);
      const type = field === 'avatar' ? 'url' : 'text';
      const autocomplete = { name: 'name', avatar: 'photo', username: 'username' }[field];
      return form(
        `${field}-form`,
        [
          h(
            'div',
            { class: 'account-inline' },
            input(field, label, { type, value: profile[field] ?? '', autocomplete }),
            button(t('account.save'), { 'aria-label': t('account.save_field', { field: label }) }),
          ),
        ],
        async () => {
          const value = document.getElementById(field).value.trim();
          const verificationId = field === 'username' ? await ensureVerified() : undefined;
          await api('PATCH', '/my-account', { [field]: value || null }, verificationId);
          await done(t('account.saved'));
        },
      );
    });
}

/** Primary email or phone: the current value, then a new one proven by a code sent to it. */
function identifierField(ctx, kind) {
  const { profile, fields, api, ensureVerified, done } = ctx;
  const key = kind === 'email' ? 'primaryEmail' : 'primaryPhone';
  const label = t(`account.field.${kind}`);
  if (fields[kind] === 'ReadOnly') return readOnly(kind, label, profile[key]);
  let sent;
  const codeRow = h(
    'div',
    { hidden: '' },
    h('p', { class: 'account-hint', id: `${kind}-sent` }),
    input(`${kind}-code`, t('account.code'), { autocomplete: 'one-time-code', inputmode: 'numeric' }),
  );
  const send = button(t('account.send_code'));
  const save = button(t('account.verify_save'), { hidden: '' });
  // Another address than the one the code went to: back to "Send code" (and forth again).
  const restart = (event) => {
    if (!sent) return;
    const same = event.target.value.trim() === sent.value;
    codeRow.hidden = !same;
    send.hidden = same;
    save.hidden = !same;
  };
  return h(
    'div',
    {},
    readOnly(`${kind}-current`, label, profile[key], { badge: false }),
    form(
      `${kind}-form`,
      [
        input(`${kind}-new`, t(`account.${kind}.new`), {
          type: kind === 'email' ? 'email' : 'tel',
          autocomplete: kind === 'email' ? 'email' : 'tel',
          oninput: restart,
        }),
        codeRow,
        h('div', { class: 'account-actions' }, send, save),
      ],
      async () => {
        const value = required(`${kind}-new`);
        const identifier = { type: kind, value };
        if (codeRow.hidden || sent?.value !== value) {
          await ensureVerified();
          sent = { value, ...(await api('POST', '/verifications/verification-code', { identifier })) };
          document.getElementById(`${kind}-sent`).textContent = t('account.code_sent', { to: value });
          codeRow.hidden = false;
          send.hidden = true;
          save.hidden = false;
          document.getElementById(`${kind}-code`).focus();
          return;
        }
        const code = required(`${kind}-code`);
        const { verificationRecordId } = await api('POST', '/verifications/verification-code/verify', {
          identifier,
          verificationId: sent.verificationRecordId,
          code,
        });
        const body = { [kind]: value, newIdentifierVerificationRecordId: verificationRecordId };
        await api('POST', `/my-account/primary-${kind}`, body, await ensureVerified());
        await done(t(`account.${kind}.saved`, { value }));
      },
    ),
  );
}

function passwordField(ctx) {
  const { profile, fields, api, ensureVerified, done } = ctx;
  const state = profile.hasPassword ? t('account.password.set') : t('account.password.unset');
  if (fields.password === 'ReadOnly') return readOnly('password', t('account.field.password'), state);
  return form(
    'password-form',
    [
      input('new-password', t('account.password.new'), { type: 'password', autocomplete: 'new-password' }),
      button(t('account.password.save')),
    ],
    async () => {
      const password = required('new-password');
      await api('POST', '/my-account/password', { password }, await ensureVerified());
      await done(t('account.password.saved'));
    },
  );
}

const shown = (fields, field) => fields[field] === 'ReadOnly' || fields[field] === 'Edit';

/**
 * Every section the permissions show. `ctx`: `{ profile, factors, fields, enabledFactors,
 * connectors, endpoint, api, ensureVerified, done }`.
 */
export function accountSections(ctx) {
  const { fields } = ctx;
  const sections = [];
  const profileChildren = profileFields(ctx);
  if (profileChildren.length > 0) sections.push(section('profile', t('account.profile'), profileChildren));
  if (shown(fields, 'profile'))
    sections.push(section('profile-details', t('account.profile.details'), profileDetails(ctx)));
  for (const kind of ['email', 'phone']) {
    if (shown(fields, kind))
      sections.push(section(`${kind}-section`, t(`account.field.${kind}`), [identifierField(ctx, kind)]));
  }
  if (shown(fields, 'password'))
    sections.push(section('password-section', t('account.field.password'), [passwordField(ctx)]));
  if (shown(fields, 'social')) sections.push(section('social-section', t('account.social'), socialContent(ctx)));
  if (shown(fields, 'customData'))
    sections.push(section('custom-data-section', t('account.custom_data'), [customDataField(ctx)]));
  if (shown(fields, 'mfa')) {
    const content = mfaContent({ ...ctx, editable: fields.mfa === 'Edit', enabled: ctx.enabledFactors });
    sections.push(section('mfa-section', t('account.mfa'), content));
  }
  return sections;
}
