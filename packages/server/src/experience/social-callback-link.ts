import { escapeHtml } from '../http/html.js';

/** The phrases the link form needs, as the callback page's phrase table holds them. */
export interface LinkFormText {
  identifier: string;
  password: string;
  code: string;
  linkSubmit: string;
  sendCode: string;
}

/**
 * The callback page's "sign in to link" form: the existing account's identifier with its
 * password, or a code sent to its e-mail or phone. Hidden until the user chooses to link.
 */
export const linkFormHtml = (text: LinkFormText) =>
  [
    '<form id="link-form" hidden novalidate>',
    `<label for="identifier" data-phrase="identifier">${escapeHtml(text.identifier)}</label>`,
    '<input id="identifier" name="identifier" autocomplete="username" required>',
    '<div id="password-row">',
    `<label for="password" data-phrase="password">${escapeHtml(text.password)}</label>`,
    '<input id="password" name="password" type="password" autocomplete="current-password">',
    '</div>',
    '<div id="code-row" hidden>',
    `<label for="code" data-phrase="code">${escapeHtml(text.code)}</label>`,
    '<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code">',
    '</div>',
    '<p id="form-message" role="alert"></p>',
    `<button id="link-submit" type="submit" data-phrase="linkSubmit">${escapeHtml(text.linkSubmit)}</button>`,
    `<button id="send-code" class="button button-secondary" type="button" data-phrase="sendCode">${escapeHtml(text.sendCode)}</button>`,
    '</form>',
  ].join('\n');

/**
 * The server renders the form in its language; the script turns each `data-phrase` element
 * into the page's language (the sign-in page's choice) before showing it.
 *
 * Browser code (inside the page's script, with its `$`, `t`, `api`, `title`, `connector`,
 * `config` and `language`): proves control of the existing account in this interaction
 * (password, or a code sent to its e-mail or phone), identifies with that proof, then links
 * the social identity to it. Resolves once linked; errors stay on the form for another try.
 */
export const linkFormScript = `
  const identifierOf = (value) => value.includes('@') ? { type: 'email', value }
    : /^\\+?[\\d\\s().-]{4,}$/.test(value) ? { type: 'phone', value: value.replace(/[\\s+().-]/g, '') }
    : { type: 'username', value };
  const signInToLink = (socialVerificationId) => new Promise((resolve) => {
    title(t('linkTitle'));
    $('status').textContent = t('linkSignIn', { connector });
    $('choices').hidden = true;
    for (const element of $('link-form').querySelectorAll('[data-phrase]')) element.textContent = t(element.dataset.phrase);
    $('link-form').hidden = false;
    $('identifier').focus();
    let pending;
    const say = (text, isError) => {
      $('form-message').textContent = text;
      $('form-message').className = isError ? 'error' : '';
    };
    const sayError = (error) => say((error.code && config.phrases[language][error.code]) || error.message, true);
    $('send-code').addEventListener('click', async () => {
      try {
        const identifier = identifierOf($('identifier').value.trim());
        if (identifier.type === 'username') throw new Error(t('codeNeedsAddress'));
        const { verificationId } = await api('POST', '/verification/verification-code', { identifier, interactionEvent: 'SignIn' });
        pending = { identifier, verificationId };
        $('password-row').hidden = true;
        $('code-row').hidden = false;
        say(t('codeSent', { to: identifier.value }), false);
        $('code').focus();
      } catch (error) { sayError(error); }
    });
    $('link-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      $('link-submit').disabled = true;
      try {
        let proof;
        if (pending) {
          const { identifier, verificationId } = pending;
          await api('POST', '/verification/verification-code/verify', { identifier, verificationId, code: $('code').value.trim() });
          proof = verificationId;
        } else {
          const identifier = identifierOf($('identifier').value.trim());
          ({ verificationId: proof } = await api('POST', '/verification/password', { identifier, password: $('password').value }));
        }
        await api('POST', '/identification', { verificationId: proof });
        await api('POST', '/identification', { verificationId: socialVerificationId, linkSocialIdentity: true });
        $('link-form').hidden = true;
        resolve();
      } catch (error) {
        sayError(error);
        $('link-submit').disabled = false;
      }
    });
  });
`;
