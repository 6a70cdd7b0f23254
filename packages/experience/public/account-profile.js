// The account page's profile details (Logto's `PATCH /my-account/profile`: given and family
// name, nickname, website, birthdate, locale, time zone) and custom data (`PATCH /my-account`
// `customData`, a JSON object), as the account center's `profile` and `customData` allow.
import { button, fieldError, form, input, readOnly } from './account-forms.js';
import { t } from './i18n.js';
import { h } from './mfa-ui.js';

const details = [
  ['givenName', 'given-name', 'text'],
  ['familyName', 'family-name', 'text'],
  ['nickname', 'nickname', 'text'],
  ['website', 'url', 'url'],
  ['birthdate', 'bday', 'text'],
  ['locale', 'off', 'text'],
  ['zoneinfo', 'off', 'text'],
];
const idOf = (key) => `profile-${key}`;

/** The details form (or, read only, the details that are set). */
export function profileDetails({ profile, fields, api, done }) {
  const current = profile.profile ?? {};
  if (fields.profile === 'ReadOnly')
    return details.map(([key]) => readOnly(idOf(key), t(`account.profile.${key}`), current[key]));
  return [
    form(
      'profile-details-form',
      [
        ...details.map(([key, autocomplete, type]) =>
          input(idOf(key), t(`account.profile.${key}`), {
            type,
            autocomplete,
            value: current[key] ?? '',
            hint:
              key === 'birthdate' || key === 'locale' || key === 'zoneinfo'
                ? t(`account.profile.${key}_hint`)
                : undefined,
          }),
        ),
        button(t('account.profile.save')),
      ],
      async () => {
        // Only what changed; a cleared field is saved empty.
        const changes = {};
        for (const [key] of details) {
          const value = document.getElementById(idOf(key)).value.trim();
          if (value !== (current[key] ?? '')) changes[key] = value;
        }
        if (Object.keys(changes).length > 0) await api('PATCH', '/my-account/profile', changes);
        await done(t('account.saved'));
      },
    ),
  ];
}

/** Custom data as JSON: edited whole, checked to be an object before it is sent. */
export function customDataField({ profile, fields, api, done }) {
  const text = JSON.stringify(profile.customData ?? {}, null, 2);
  const label = t('account.custom_data');
  if (fields.customData === 'ReadOnly')
    return h(
      'div',
      { class: 'account-field' },
      h('p', { class: 'account-label', id: 'custom-data-label' }, label),
      h('pre', { class: 'account-json', 'aria-labelledby': 'custom-data-label', tabindex: '0' }, text),
    );
  const area = h('textarea', {
    id: 'custom-data',
    name: 'custom-data',
    rows: '6',
    spellcheck: 'false',
    class: 'account-json',
    'aria-describedby': 'custom-data-hint',
    'data-hint': 'custom-data-hint',
  });
  area.value = text;
  return form(
    'custom-data-form',
    [
      h(
        'div',
        { class: 'account-field' },
        h('label', { for: 'custom-data' }, label),
        h('p', { class: 'account-hint', id: 'custom-data-hint' }, t('account.custom_data.hint')),
        area,
      ),
      button(t('account.custom_data.save')),
    ],
    async () => {
      let customData;
      try {
        customData = JSON.parse(area.value || '{}');
      } catch {
        throw fieldError('custom-data', 'account.custom_data.invalid');
      }
      if (customData === null || typeof customData !== 'object' || Array.isArray(customData))
        throw fieldError('custom-data', 'account.custom_data.invalid');
      await api('PATCH', '/my-account', { customData });
      await done(t('account.saved'));
    },
  );
}
