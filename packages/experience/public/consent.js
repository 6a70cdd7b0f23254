// The consent page: a third-party application asks the signed-in user for access. Shows the app
// (its own name, logo and terms when it has them), what it asks for (only what it may ask for:
// the server filters), and the user's organizations to pick from when it asks for them. Allow
// grants exactly that; Deny sends the app `access_denied`. Both answer with where to go next.
import { api } from './api.js';
import { base } from './base.js';
import { applyBranding } from './branding.js';
import './consent-phrases.js';
import { choose, t } from './i18n.js';
import './phrases.js';

const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);
const organizationsResource = 'urn:logto:resource:organizations';
let busy = false;

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = false;
}

async function fetchSettings() {
  const appId = query.get('app_id');
  const search = appId ? `?${new URLSearchParams({ appId })}` : '';
  try {
    const response = await fetch(`${base}/api/.well-known/sign-in-exp${search}`, { credentials: 'same-origin' });
    if (response.ok) return await response.json();
  } catch {
    // The page still works with the default look.
  }
  return {};
}

/** Only http(s) addresses become links. */
function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function item(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function renderScopes(info) {
  const list = $('scopes');
  list.replaceChildren();
  for (const scope of info.missingOIDCScope) list.append(item(t(`scope.${scope}`)));
  for (const { resource, scopes } of info.missingResourceScopes) {
    // Organization permissions apply in the organizations the user lets the app access.
    const phrase =
      resource.indicator === organizationsResource ? 'consent.organization_scope' : 'consent.resource_scope';
    for (const scope of scopes)
      list.append(item(t(phrase, { scope: scope.description || scope.name, resource: resource.name })));
  }
}

function renderOrganizations(organizations) {
  $('organizations').hidden = !organizations;
  if (!organizations) return;
  const list = $('organization-list');
  list.replaceChildren();
  $('no-organizations').hidden = organizations.length > 0;
  for (const organization of organizations) {
    const li = document.createElement('li');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = `organization-${organization.id}`;
    input.value = organization.id;
    input.name = 'organization';
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = organization.name;
    li.append(input, label);
    list.append(li);
  }
}

/**
 * A metadata document client's `logo_uri` (the server passes https ones only; a registered app's
 * logo is the page's own branding). Loaded from the client's site without a Referer.
 */
function renderClientLogo(info, appName) {
  const logo = $('app-logo');
  const url = info.application.clientIdHost ? safeUrl(info.application.branding?.logoUrl) : undefined;
  logo.hidden = !url?.startsWith('https:');
  if (logo.hidden) return;
  logo.alt = t('consent.app_logo', { app: appName });
  logo.src = url;
}

function renderTerms(info, appName) {
  const docs = [
    { href: safeUrl(info.application.termsOfUseUrl), title: t('consent.terms_of_use') },
    { href: safeUrl(info.application.privacyPolicyUrl), title: t('consent.privacy_policy') },
  ].filter((doc) => doc.href);
  const terms = $('terms');
  terms.hidden = docs.length === 0;
  if (docs.length === 0) return;
  const [before, after] = t('consent.terms', { app: appName }).split('{documents}');
  const parts = [before];
  docs.forEach((doc, index) => {
    if (index > 0) parts.push(t('consent.and'));
    const link = document.createElement('a');
    link.href = doc.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = doc.title;
    parts.push(link);
  });
  parts.push(after ?? '');
  terms.replaceChildren(...parts);
}

function render(info) {
  const appName = info.application.displayName || info.application.name;
  document.title = t('consent.page_title');
  $('title').textContent = t('consent.title', { app: appName });
  const user = info.user.name || info.user.username || info.user.primaryEmail || info.user.id;
  $('account').textContent = t('consent.account', { user });
  // A Client ID Metadata Document client: its name is its own claim, its address is proven.
  const host = info.application.clientIdHost;
  $('client-host').hidden = !host;
  if (host) $('client-host').textContent = t('consent.client_host', { host });
  renderClientLogo(info, appName);
  $('scopes-heading').textContent = t('consent.scopes_heading');
  $('organizations-legend').textContent = t('consent.organizations_legend');
  $('no-organizations').textContent = t('consent.no_organizations');
  $('allow').textContent = t('consent.allow');
  $('deny').textContent = t('consent.deny');
  renderScopes(info);
  renderOrganizations(info.organizations);
  renderTerms(info, appName);
  $('form').hidden = false;
}

/** Runs one answer (allow or deny) and follows where it leads. */
async function answer(step, button) {
  if (busy) return;
  busy = true;
  button.disabled = true;
  $('error').hidden = true;
  try {
    const { redirectTo } = await step();
    location.assign(redirectTo);
  } catch (error) {
    showError(String(error?.message ?? error));
    busy = false;
    button.disabled = false;
  }
}

async function start() {
  const settings = await fetchSettings();
  const info = settings.languageInfo ?? {};
  choose({
    requested: [...(query.get('ui_locales') ?? '').split(' ').filter(Boolean), ...navigator.languages],
    autoDetect: info.autoDetect !== false,
    fallback: info.fallbackLanguage,
  });
  applyBranding(settings);
  $('title').textContent = t('consent.page_title');
  try {
    render(await api('GET', '/consent'));
  } catch (error) {
    showError(String(error?.message ?? error));
  } finally {
    document.querySelector('main').removeAttribute('aria-busy');
  }
}

$('form').addEventListener('submit', (event) => {
  event.preventDefault();
  const organizationIds = [...document.querySelectorAll('input[name="organization"]:checked')].map((i) => i.value);
  answer(() => api('POST', '/consent', organizationIds.length > 0 ? { organizationIds } : {}), $('allow'));
});
$('deny').addEventListener('click', () => answer(() => api('POST', '/consent/refuse', {}), $('deny')));
start();
