// Preview mode (`/sign-in?preview=1`) for the Admin Console: the page renders a draft sign-in
// experience and calls no Experience API. The draft comes from the `config` query parameter
// (base64url JSON) or from `postMessage` by a same-origin window:
//   { type: 'tessera:preview', signInExperience: {...}, language?: 'en' | 'zh-CN', mode?: 'SignIn' | 'Register',
//     theme?: 'light' | 'dark' (the visitor's system theme to show; dark applies only when the draft enables it) }
// Once listening, a preview tells its parent frame or opener `{ type: 'tessera:preview-ready' }`
// and marks `<html data-preview="ready">`.
const query = new URLSearchParams(location.search);

export const isPreview = query.get('preview') === '1';

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message's draft, or undefined when it is not one. */
function draftOf(value) {
  if (!isObject(value) || value.type !== 'tessera:preview' || !isObject(value.signInExperience)) return undefined;
  return {
    signInExperience: value.signInExperience,
    language: typeof value.language === 'string' ? value.language : undefined,
    mode: value.mode === 'SignIn' || value.mode === 'Register' ? value.mode : undefined,
    theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : undefined,
    // Only a same-origin window may preview custom CSS; a link's `config` could be anybody's.
    customCss: true,
  };
}

/** The draft in `?config=` (base64url JSON of a sign-in experience, or of a whole message). */
export function draftFromQuery() {
  const config = query.get('config');
  if (!isPreview || !config) return undefined;
  try {
    const base64 = config.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const value = JSON.parse(new TextDecoder().decode(bytes));
    const draft = draftOf(value?.type ? value : { type: 'tessera:preview', signInExperience: value });
    return draft && { ...draft, customCss: false };
  } catch {
    return undefined;
  }
}

/** Calls `render(draft)` for every draft a same-origin window posts. */
export function listenForDrafts(render) {
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const draft = draftOf(event.data);
    if (draft) render(draft);
  });
  // Say that drafts can come now: to a framing parent or an opening window (delivered only when
  // same-origin), and on the page itself, since its static HTML shows before the script runs.
  document.documentElement.dataset.preview = 'ready';
  for (const host of [window.parent !== window ? window.parent : null, window.opener])
    host?.postMessage({ type: 'tessera:preview-ready' }, location.origin);
}

/**
 * Preview: the draft over the saved public settings. Social connectors: the draft's own list,
 * else the saved ones its targets name; forgot-password methods: those the draft enables that
 * have a connector.
 */
export function previewSettings(saved, draft) {
  const next = { ...saved, ...draft.signInExperience };
  if (!Array.isArray(draft.signInExperience.socialConnectors)) {
    const targets = draft.signInExperience.socialSignInConnectorTargets;
    const connectors = Array.isArray(saved.socialConnectors) ? saved.socialConnectors : [];
    next.socialConnectors = Array.isArray(targets) ? connectors.filter((c) => targets.includes(c.target)) : connectors;
  }
  const methods = draft.signInExperience.forgotPasswordMethods;
  if (Array.isArray(methods) && saved.passwordlessConnectors) {
    next.forgotPassword = {
      email: Boolean(saved.passwordlessConnectors.email) && methods.includes('EmailVerificationCode'),
      phone: Boolean(saved.passwordlessConnectors.sms) && methods.includes('PhoneVerificationCode'),
    };
  }
  return next;
}
