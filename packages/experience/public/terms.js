// Terms of use and privacy policy: links to them, and the checkbox the agreement policy asks for
// (`Manual`: signing in and signing up; `ManualRegistrationOnly`: signing up; `Automatic`: text only).
import { t } from './i18n.js';

const $ = (id) => document.getElementById(id);

/** Only http(s) addresses become links. */
function safeUrl(value) {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The documents the settings name, with their titles. */
function documents(settings) {
  return [
    { href: safeUrl(settings.termsOfUseUrl), title: t('terms.terms_of_use') },
    { href: safeUrl(settings.privacyPolicyUrl), title: t('terms.privacy_policy') },
  ].filter((doc) => doc.href);
}

/** "Terms of use and Privacy policy", as nodes (links) or as plain text. */
function joined(docs, asLinks) {
  const parts = [];
  for (const doc of docs) {
    if (parts.length > 0) parts.push(t('terms.and'));
    if (!asLinks) {
      parts.push(doc.title);
      continue;
    }
    const link = document.createElement('a');
    link.href = doc.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = doc.title;
    parts.push(link);
  }
  return parts;
}

/** Fills `{links}` of a phrase with nodes. */
function fill(element, key, nodes) {
  const [before, after = ''] = t(key).split('{links}');
  element.replaceChildren(before, ...nodes, after);
}

/** Whether the flow needs the box ticked: Manual for both, ManualRegistrationOnly for sign-up. */
function needsTick(settings, flow) {
  const policy = settings.agreeToTermsPolicy;
  return policy === 'Manual' || (policy === 'ManualRegistrationOnly' && flow === 'Register');
}

let required = false;

/** Shows the agreement for the flow (or hides it when no document is set or `visible` is false). */
export function renderTerms(settings, flow, visible) {
  const docs = documents(settings);
  const shown = visible && docs.length > 0;
  required = shown && needsTick(settings, flow);
  $('terms').hidden = !shown;
  $('terms-agree').hidden = !required;
  $('terms-agree').required = required;
  if (!shown) return;
  const text = required ? $('terms-label') : $('terms-text');
  fill(text, required ? 'terms.agree' : 'terms.automatic', joined(docs, true));
  $('terms-label').hidden = !required;
  $('terms-text').hidden = required;
}

/** Refuses to go on, in words and with focus on the checkbox, until the box is ticked. */
export function checkTerms(settings) {
  if (!required || $('terms-agree').checked) return;
  const [before, after = ''] = t('terms.required').split('{links}');
  const message = `${before}${joined(documents(settings), false).join('')}${after}`;
  throw Object.assign(new Error(message), { field: 'terms-agree' });
}
