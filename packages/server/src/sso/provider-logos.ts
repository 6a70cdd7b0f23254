/** A small square logo with the provider's initials, as a data URL (no file to serve, CSP allows `data:` images). */
export function initialsLogo(initials: string, background: string, foreground = '#ffffff'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" rx="8" fill="${background}"/><text x="20" y="26" font-family="Arial,sans-serif" font-size="15" font-weight="700" text-anchor="middle" fill="${foreground}">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
