import type { guidesEn } from '../messages.js';

// The snippets are also imported by the server's tests, which resolve modules as Node does:
// hence the `.js` in relative imports here (the bundler maps them to the `.ts` files).

export type GuideMessageKey = keyof typeof guidesEn;

/** Only something in angle brackets can stand for a secret: the real one is never rendered. */
export type SecretPlaceholder = `<${string}>`;

/** What a guide fills into its snippets: the app's own values and the API access picked for it. */
export interface GuideValues {
  /** The instance's base URL (ENDPOINT), without `/oidc`. */
  endpoint: string;
  appId: string;
  /** Shown where a secret goes (env files); defaults to `<your-app-secret>`. */
  appSecret?: SecretPlaceholder;
  redirectUri: string;
  postSignOutRedirectUri: string;
  /** API resource indicators. */
  resources: string[];
  /** Permissions of those resources. */
  scopes: string[];
}

export type CodeLanguage =
  | 'bash'
  | 'dart'
  | 'dotenv'
  | 'html'
  | 'url'
  | 'javascript'
  | 'json'
  | 'python'
  | 'tsx'
  | 'typescript'
  | 'xml'
  | 'yaml';

export interface Step {
  titleKey: GuideMessageKey;
  /** May name `{endpoint}`, `{issuer}`, `{appId}`, `{redirectUri}` or `{postSignOutRedirectUri}`. */
  bodyKey: GuideMessageKey;
  code?: { language: CodeLanguage; filename?: string; text: string };
}

export type Guide = (values: GuideValues) => Step[];
