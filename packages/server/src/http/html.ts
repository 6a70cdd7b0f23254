/** Minimal server-rendered pages (errors, sign-out, social callback) sharing one look with the sign-in app. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageOptions {
  /** An inline script, allowed by the page's CSP through this nonce. */
  nonce?: string;
  script?: string;
  /** The page's language tag (`en` by default). */
  lang?: string;
  /**
   * The sign-in experience's `color.isDarkModeEnabled`: the page then follows the system's
   * colour scheme (`data-theme="auto"`, which style.css turns dark under prefers-color-scheme).
   * Light otherwise, as the sign-in page is.
   */
  darkMode?: boolean;
}

export function page(title: string, body: string, options: PageOptions = {}): string {
  const script = options.script ? `<script nonce="${escapeHtml(options.nonce ?? '')}">${options.script}</script>` : '';
  const theme = options.darkMode ? ' data-theme="auto"' : '';
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}"${theme}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/sign-in/assets/style.css">
</head>
<body>
<main class="card">
${body}
</main>
${script}
</body>
</html>`;
}
