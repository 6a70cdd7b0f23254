// The account page's social accounts: the linked ones (unlink) and the server's social
// connectors not linked yet (link). Linking goes to the provider through the Account API's social
// verification, with a `state` marked `ac_` (Logto's account-center mark) and the callback
// /account/callback/social/:connectorId, where `finishLinking` completes it.
import { button, form } from './account-forms.js';
import { language, t } from './i18n.js';
import { h } from './mfa-ui.js';

const pendingKey = 'tessera.account-center.link';

/** A connector's name in the page's language. */
export const connectorName = (connector) =>
  connector.name?.[language()] ??
  connector.name?.[language().split('-')[0]] ??
  connector.name?.en ??
  Object.values(connector.name ?? {})[0] ??
  connector.target;

/** Starts linking: the identity record, then the provider's authorization URL; the rest happens on return. */
async function startLinking({ api, ensureVerified, endpoint }, connector) {
  await ensureVerified();
  const identity = ensureVerified.current();
  const state = `ac_${crypto.randomUUID()}`;
  const { verificationRecordId, authorizationUri } = await api('POST', '/verifications/social', {
    connectorId: connector.id,
    state,
    redirectUri: `${endpoint}/account/callback/social/${connector.id}`,
  });
  sessionStorage.setItem(
    pendingKey,
    JSON.stringify({ connectorId: connector.id, state, verificationRecordId, identity }),
  );
  location.assign(authorizationUri);
  return new Promise(() => {});
}

/**
 * Back from the provider (`connectorId` from the address, `query` its parameters): checks the
 * state, verifies the callback and links the identity. The identity confirmation made before the
 * trip is handed back to the page's verifier (`ensureVerified.remember`) for the next changes.
 */
export async function finishLinking({ api, ensureVerified }, connectorId, query) {
  const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null');
  sessionStorage.removeItem(pendingKey);
  if (!pending || pending.connectorId !== connectorId || pending.state !== query.get('state'))
    throw new Error(t('account.social.link_stale'));
  ensureVerified.remember(pending.identity);
  if (query.has('error')) throw new Error(query.get('error_description') || query.get('error'));
  const connectorData = Object.fromEntries(query);
  await api('POST', '/verifications/social/verify', {
    verificationRecordId: pending.verificationRecordId,
    connectorData,
  });
  await api(
    'POST',
    '/my-account/identities',
    { newIdentifierVerificationRecordId: pending.verificationRecordId },
    pending.identity?.id,
  );
}

/** The section's content. `ctx`: `{ profile, fields, connectors, api, ensureVerified, endpoint, done }`. */
export function socialContent(ctx) {
  const { profile, fields, api, ensureVerified, done } = ctx;
  const targets = Object.keys(profile.identities ?? {});
  const editable = fields.social === 'Edit';
  const linked = targets.map((target) =>
    h(
      'li',
      { class: 'account-item' },
      h('p', { class: 'account-item-name' }, target),
      editable
        ? form(
            `unlink-${target}-form`,
            [button(t('account.social.unlink', { target }), { class: 'account-button secondary' })],
            async () => {
              const verificationId = await ensureVerified();
              await api('DELETE', `/my-account/identities/${encodeURIComponent(target)}`, undefined, verificationId);
              await done(t('account.social.unlinked', { target }));
            },
          )
        : undefined,
    ),
  );
  const available = editable ? (ctx.connectors ?? []).filter((connector) => !targets.includes(connector.target)) : [];
  const linkable = available.map((connector) => {
    const name = connectorName(connector);
    return h(
      'li',
      { class: 'account-item' },
      h('p', { class: 'account-item-name' }, name),
      form(`link-${connector.id}-form`, [button(t('account.social.link', { name }))], () =>
        startLinking(ctx, connector),
      ),
    );
  });
  return [
    linked.length > 0
      ? h('ul', { class: 'account-list' }, linked)
      : h('p', { class: 'intro' }, t('account.social.none')),
    linkable.length > 0 ? h('h3', { class: 'account-subheading' }, t('account.social.available')) : undefined,
    linkable.length > 0 ? h('ul', { class: 'account-list' }, linkable) : undefined,
  ].filter(Boolean);
}
