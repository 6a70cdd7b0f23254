/** Minimal server-rendered pages (errors, sign-out) sharing one look with the sign-in app. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function page(title: string, body: string, options: { nonce?: string; script?: string } = {}): string {
  const script = options.script ? `<script nonce="${options.nonce ?? ''}">${options.script}</script>` : '';
  return `<!doctype html>
<html lang="en">
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
