// Phrases of the sign-in pages by language. Every module adds its own phrases with `extend`;
// `t` looks a key up in the chosen language, then in English, then shows the key itself so a
// missing phrase is visible rather than blank.
const supported = ['en', 'zh-CN'];
const phrases = { en: {}, 'zh-CN': {} };
let current = 'en';

/** Adds phrases: `{ en: { key: 'text' }, 'zh-CN': { key: '文本' } }`. */
export function extend(more) {
  for (const [tag, entries] of Object.entries(more)) {
    phrases[tag] ??= {};
    Object.assign(phrases[tag], entries);
  }
}

/** The phrase for a key, with `{name}` placeholders filled from `vars`. */
export function t(key, vars) {
  const own = (table) => (table && Object.hasOwn(table, key) ? table[key] : undefined);
  const text = own(phrases[current]) ?? own(phrases.en) ?? key;
  if (!vars || typeof vars !== 'object') return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** Whether a phrase exists for the key (in the chosen language or in English). */
export function has(key) {
  return Object.hasOwn(phrases[current] ?? {}, key) || Object.hasOwn(phrases.en, key);
}

/** The supported language closest to a tag ("zh", "zh-Hans-CN" → zh-CN; "en-GB" → en), or undefined. */
export function match(tag) {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = supported.find((s) => s.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return supported.find((s) => s.toLowerCase().split('-')[0] === base);
}

/**
 * Picks the language: the first of `requested` (ui_locales, then the browser's languages) that
 * we support when auto-detection is on, else the configured fallback, else English.
 */
export function choose({ requested = [], autoDetect = true, fallback = 'en' } = {}) {
  const detected = autoDetect ? requested.map(match).find(Boolean) : undefined;
  current = detected ?? match(fallback) ?? 'en';
  document.documentElement.lang = current;
  return current;
}

// Logto's phrase keys for texts the page names differently, so a Logto custom phrase reaches them.
const logtoAliases = {
  'input.username': 'field.username',
  'input.password': 'field.password',
  'input.email': 'field.email',
  'input.phone_number': 'field.phone',
  'input.email_or_phone': 'field.email_or_phone',
  'description.no_account': 'switch.no_account',
  'description.have_account': 'switch.have_account',
};

/** `{ action: { sign_in: 'x' } }` → `{ 'action.sign_in': 'x' }`. */
function flatten(tree, prefix = '', out = {}) {
  for (const [key, value] of Object.entries(tree ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object') flatten(value, path, out);
  }
  return out;
}

/**
 * The sign-in experience's custom phrases for a language (Logto's nested translation): they win
 * over the page's own phrases, and a language the page does not ship becomes one it speaks.
 */
export function useCustomPhrases(tag, translation) {
  if (!tag || !/^[A-Za-z]{2,3}(-[\dA-Za-z]{2,8})*$/.test(tag)) return;
  const flat = flatten(translation);
  // A language without a phrase of its own is not one the page speaks (English then).
  if (Object.keys(flat).length === 0) return;
  if (!supported.includes(tag)) supported.push(tag);
  for (const [key, text] of Object.entries(logtoAliases)) if (Object.hasOwn(flat, key)) flat[text] ??= flat[key];
  extend({ [tag]: flat });
}

export const language = () => current;
export const languages = () => [...supported];
