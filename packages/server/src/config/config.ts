import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Tessera reads, in one schema. Parsed once at start and frozen:
 * a typo or a malformed value stops the process with the variable named.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** Internal, for tests only: a JSON map of connector factory id → base URL of a local fake provider. */
const providerBaseUrls = z
  .string()
  .transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.url()));

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
    HOST: z.string().min(1).default('0.0.0.0'),
    ENDPOINT: z.url().optional(),
    DB_URL: z
      .string()
      .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, 'must start with sqlite: or postgres://')
      .default('sqlite:./data/tessera.db'),
    TESSERA_DATA_DIR: z.string().min(1).default('./data'),
    TESSERA_MASTER_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/=_-]{43,88}$/, 'must be 32 bytes, base64 or base64url encoded')
      .optional(),
    TESSERA_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TESSERA_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    TESSERA_SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
    // Worker processes sharing the port (node:cluster); 1 runs one process and no primary.
    TESSERA_WORKERS: z.coerce.number().int().min(1).max(256).default(os.availableParallelism()),
    TESSERA_TRUST_PROXY: booleanFlag.default(false),
    // The client address is this many entries from the right of X-Forwarded-For: one per proxy
    // we run; entries further left were written by the client and prove nothing.
    TESSERA_TRUST_PROXY_HOPS: z.coerce.number().int().min(1).max(20).default(1),
    TESSERA_MANAGEMENT_API_INDICATOR: z.url().default('https://default.logto.app/api'),
    TESSERA_SESSION_TTL: z.coerce
      .number()
      .int()
      .min(60)
      .default(14 * 24 * 3600),
    TESSERA_REFRESH_TOKEN_REUSE_LEEWAY: z.coerce.number().int().min(0).max(60).default(3),
    TESSERA_PASSWORD_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(10),
    TESSERA_PASSWORD_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(100),
    TESSERA_PASSWORD_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(600),
    TESSERA_LOG_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(14),
    TESSERA_KEY_RELOAD_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    TESSERA_KEY_ACTIVATION_DELAY_SECONDS: z.coerce.number().int().min(1).optional(),
    TESSERA_HOOKS_BLOCK_PRIVATE_NETWORKS: booleanFlag.default(false),
    TESSERA_HOOKS_RETRY_WINDOW_SECONDS: z.coerce.number().int().min(1).default(86_400),
    TESSERA_HOOKS_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
    TESSERA_HOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    TESSERA_HOOKS_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
    TESSERA_JWT_CUSTOMIZER_WORKERS: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(Math.min(4, Math.max(1, os.availableParallelism() - 1))),
    TESSERA_JWT_CUSTOMIZER_TIMEOUT_MS: z.coerce.number().int().min(10).max(5000).default(100),
    TESSERA_JWT_CUSTOMIZER_MEMORY_MB: z.coerce.number().int().min(32).max(1024).default(64),
    TESSERA_ACTIONS_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(5000),
    TESSERA_ACTIONS_FETCH_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(3000),
    TESSERA_ACTIONS_FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(10_485_760).default(1_048_576),
    TESSERA_ACTIONS_FETCH_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
    // Prometheus metrics: on a listener of their own, and/or on the public port behind a bearer token.
    TESSERA_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
    TESSERA_METRICS_HOST: z.string().min(1).optional(),
    TESSERA_METRICS_TOKEN: z
      .string()
      .regex(/^[\x21-\x7e]{16,512}$/, 'must be 16 to 512 visible ASCII characters (no spaces)')
      .optional(),
    TESSERA_CONNECTORS_DIR: z.string().min(1).optional(),
    TESSERA_CONNECTOR_PROXY: z.url({ protocol: /^http$/, error: 'must be an http:// proxy URL' }).optional(),
    TESSERA_CONNECTOR_CA_FILE: z.string().min(1).optional(),
    // Client ID Metadata Documents: fetches refuse private, loopback and link-local addresses; a
    // developer running the document server on this machine allows loopback (never in production).
    TESSERA_CIMD_ALLOW_LOOPBACK: booleanFlag.default(false),
    TESSERA_CIMD_CA_FILE: z.string().min(1).optional(),
    // Back-channel logout POSTs refuse loopback, private and link-local addresses unless allowed.
    TESSERA_BACKCHANNEL_LOGOUT_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
    // Enterprise SSO: SAML IdP metadata URLs on loopback or private addresses are refused unless
    // set (an IdP on the developer's machine or the company network).
    TESSERA_SSO_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
    TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: providerBaseUrls.optional(),
    TESSERA_INTERNAL_TEST_CAPTCHA_BASE_URLS: providerBaseUrls
      .pipe(z.strictObject({ Turnstile: z.url().optional(), RecaptchaEnterprise: z.url().optional() }))
      .optional(),
    TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(1).max(120_000).optional(),
  })
  .superRefine((env, ctx) => {
    // Every node must have reloaded (and published) a rotated key before any node signs with it.
    const delay = env.TESSERA_KEY_ACTIVATION_DELAY_SECONDS;
    if (delay !== undefined && delay < 2 * env.TESSERA_KEY_RELOAD_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['TESSERA_KEY_ACTIVATION_DELAY_SECONDS'],
        message: 'must be at least twice TESSERA_KEY_RELOAD_SECONDS',
      });
    }
    if (
      env.TESSERA_METRICS_PORT !== undefined &&
      env.TESSERA_METRICS_PORT !== 0 &&
      env.TESSERA_METRICS_PORT === env.PORT
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['TESSERA_METRICS_PORT'],
        message: 'must differ from PORT (the metrics listener is not the public one)',
      });
    }
  })
  .transform((env) => {
    const endpoint = (env.ENDPOINT ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
    return {
      port: env.PORT,
      host: env.HOST,
      endpoint,
      issuer: `${endpoint}/oidc`,
      dbUrl: env.DB_URL,
      dataDir: path.resolve(env.TESSERA_DATA_DIR),
      masterKey: env.TESSERA_MASTER_KEY,
      logLevel: env.TESSERA_LOG_LEVEL,
      dbPoolSize: env.TESSERA_DB_POOL_SIZE,
      shutdownTimeoutSeconds: env.TESSERA_SHUTDOWN_TIMEOUT_SECONDS,
      workers: env.TESSERA_WORKERS,
      trustProxy: env.TESSERA_TRUST_PROXY,
      trustProxyHops: env.TESSERA_TRUST_PROXY_HOPS,
      managementApiIndicator: env.TESSERA_MANAGEMENT_API_INDICATOR,
      sessionTtl: env.TESSERA_SESSION_TTL,
      refreshTokenReuseLeeway: env.TESSERA_REFRESH_TOKEN_REUSE_LEEWAY,
      passwordMaxAttempts: env.TESSERA_PASSWORD_MAX_ATTEMPTS,
      passwordMaxFailuresPerIp: env.TESSERA_PASSWORD_MAX_FAILURES_PER_IP,
      passwordLockoutSeconds: env.TESSERA_PASSWORD_LOCKOUT_SECONDS,
      logRetentionDays: env.TESSERA_LOG_RETENTION_DAYS,
      keyReloadSeconds: env.TESSERA_KEY_RELOAD_SECONDS,
      keyActivationDelaySeconds: env.TESSERA_KEY_ACTIVATION_DELAY_SECONDS ?? 2 * env.TESSERA_KEY_RELOAD_SECONDS + 5,
      hooks: {
        blockPrivateNetworks: env.TESSERA_HOOKS_BLOCK_PRIVATE_NETWORKS,
        retryWindowMs: env.TESSERA_HOOKS_RETRY_WINDOW_SECONDS * 1000,
        retryBaseMs: env.TESSERA_HOOKS_RETRY_BASE_MS,
        timeoutMs: env.TESSERA_HOOKS_TIMEOUT_MS,
        pollMs: env.TESSERA_HOOKS_POLL_MS,
      },
      jwtCustomizer: {
        workers: env.TESSERA_JWT_CUSTOMIZER_WORKERS,
        timeoutMs: env.TESSERA_JWT_CUSTOMIZER_TIMEOUT_MS,
        memoryMb: env.TESSERA_JWT_CUSTOMIZER_MEMORY_MB,
      },
      actions: {
        timeoutMs: env.TESSERA_ACTIONS_TIMEOUT_MS,
        fetchTimeoutMs: env.TESSERA_ACTIONS_FETCH_TIMEOUT_MS,
        fetchMaxBytes: env.TESSERA_ACTIONS_FETCH_MAX_BYTES,
        fetchAllowPrivateNetworks: env.TESSERA_ACTIONS_FETCH_ALLOW_PRIVATE_NETWORKS,
      },
      metrics: {
        /** Collected and served only when a listener or a token is configured. */
        enabled: env.TESSERA_METRICS_PORT !== undefined || env.TESSERA_METRICS_TOKEN !== undefined,
        port: env.TESSERA_METRICS_PORT,
        host: env.TESSERA_METRICS_HOST ?? env.HOST,
        token: env.TESSERA_METRICS_TOKEN,
      },
      connectorPackages: {
        directory: path.resolve(env.TESSERA_CONNECTORS_DIR ?? path.join(env.TESSERA_DATA_DIR, 'connectors')),
        proxy: env.TESSERA_CONNECTOR_PROXY,
        caFile: env.TESSERA_CONNECTOR_CA_FILE && path.resolve(env.TESSERA_CONNECTOR_CA_FILE),
      },
      clientIdMetadataDocuments: {
        allowLoopback: env.TESSERA_CIMD_ALLOW_LOOPBACK,
        caFile: env.TESSERA_CIMD_CA_FILE && path.resolve(env.TESSERA_CIMD_CA_FILE),
      },
      backchannelLogout: { allowPrivateNetworks: env.TESSERA_BACKCHANNEL_LOGOUT_ALLOW_PRIVATE_NETWORKS },
      sso: {
        allowPrivateNetworks: env.TESSERA_SSO_ALLOW_PRIVATE_NETWORKS,
      },
      connectorProviders: {
        baseUrlOverrides: env.TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS ?? {},
        timeoutMs: env.TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS ?? 10_000,
      },
      captchaProviders: {
        baseUrlOverrides: env.TESSERA_INTERNAL_TEST_CAPTCHA_BASE_URLS ?? {},
        timeoutMs: env.TESSERA_INTERNAL_TEST_PROVIDER_TIMEOUT_MS ?? 10_000,
      },
    };
  });

export type Config = Readonly<z.output<typeof configSchema>>;

export class ConfigError extends Error {}

/** Reads the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => value !== '' && key in configSchema.in.shape),
  );
  const result = configSchema.safeParse(relevant);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}
