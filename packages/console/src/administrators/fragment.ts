/**
 * Reads one value from the URL fragment (`#code=…`, `#token=…`) and removes the fragment, so the
 * secret leaves the address bar and history; the fragment never reaches the server's logs.
 */
export function takeFragmentValue(name: string): string | undefined {
  const value = new URLSearchParams(location.hash.slice(1)).get(name) ?? undefined;
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return value;
}
