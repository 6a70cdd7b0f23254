// The look the settings give the page: brand colours, light/dark logo, dark mode (only when the
// settings enable it), and the custom CSS (served by the server as a stylesheet, so the strict
// CSP holds; a preview draft's CSS goes in a constructed stylesheet instead).
const $ = (id) => document.getElementById(id);
const validColor = (color) => typeof color === 'string' && /^#[\dA-Fa-f]{3,8}$/.test(color);
const validImage = (url) => typeof url === 'string' && /^https?:\/\//i.test(url);
const darkQuery = matchMedia('(prefers-color-scheme: dark)');
let darkModeEnabled = false;
// The Admin Console's preview stands in for the visitor's system theme ('light' | 'dark').
let systemTheme;
const systemIsDark = () => (systemTheme ? systemTheme === 'dark' : darkQuery.matches);

/** `data-theme` on <html>: dark only when the settings enable dark mode and the system is dark. */
function applyTheme() {
  document.documentElement.dataset.theme = darkModeEnabled && systemIsDark() ? 'dark' : 'light';
}
darkQuery.addEventListener('change', applyTheme);

/** Black or white text, whichever reads better on the colour. */
export function readableOn(hex) {
  let digits = hex.slice(1);
  if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#000' : '#fff';
}

function setColor(name, color) {
  const root = document.documentElement.style;
  if (validColor(color)) {
    root.setProperty(`--${name}`, color);
    root.setProperty(`--on-${name}`, readableOn(color));
  } else {
    root.removeProperty(`--${name}`);
    root.removeProperty(`--on-${name}`);
  }
}

/** The logo: a <picture> whose dark source applies only when dark mode is enabled. */
function applyLogo({ logoUrl, darkLogoUrl } = {}) {
  const light = validImage(logoUrl) ? logoUrl : undefined;
  const dark = darkModeEnabled && validImage(darkLogoUrl) ? darkLogoUrl : undefined;
  const source = $('logo-dark');
  // A preview's stand-in theme is no media query: the dark source then applies only when chosen.
  if (dark && (!systemTheme || systemTheme === 'dark')) source.srcset = dark;
  else source.removeAttribute('srcset');
  source.media = systemTheme ? 'all' : '(prefers-color-scheme: dark)';
  // A dark logo alone still shows in dark mode; the light one then falls back to it.
  const img = $('logo');
  if (light ?? dark) img.src = light ?? dark;
  else img.removeAttribute('src');
  $('logo-picture').hidden = !(light || dark);
}

let draftSheet;
/** The draft's custom CSS (preview only): replaces the saved one, which the page links by default. */
function applyDraftCss(css) {
  $('custom-css').disabled = true;
  if (!('adoptedStyleSheets' in document)) return;
  draftSheet ??= new CSSStyleSheet();
  draftSheet.replaceSync(typeof css === 'string' ? css : '');
  if (!document.adoptedStyleSheets.includes(draftSheet))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, draftSheet];
}

/**
 * Applies the settings' look; `draft` is true for a preview configuration, whose `theme`
 * ('light' | 'dark') stands in for the visitor's system theme.
 */
export function applyBranding(settings, { draft = false, theme } = {}) {
  const { primaryColor, darkPrimaryColor, isDarkModeEnabled } = settings.color ?? {};
  darkModeEnabled = isDarkModeEnabled === true;
  systemTheme = theme === 'light' || theme === 'dark' ? theme : undefined;
  applyTheme();
  setColor('brand', primaryColor);
  setColor('brand-dark', darkPrimaryColor);
  applyLogo(settings.branding);
  if (draft) applyDraftCss(settings.customCss);
}
