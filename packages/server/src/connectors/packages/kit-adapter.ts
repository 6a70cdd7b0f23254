import { z } from 'zod';
import {
  type Connector,
  ConnectorError,
  type ConnectorMetadata,
  type ConnectorRuntime,
  connectorErrorCodes,
  type PasswordlessMessage,
  type ProviderTokenResponse,
  type SocialRuntime,
  type SocialUserInfo,
} from '../kit/index.js';
import { type EgressSettings, runWithEgress } from './egress.js';
import { describeFormItems } from './form-items.js';

/**
 * A Logto connector package (`@logto/connector-*`, built on `@logto/connector-kit`) seen through
 * Tessera's connector contract. The package runs unchanged with the kit interface it expects:
 * each call creates it with a `getConfig` answering the config of that call (already checked by
 * the package's own `configGuard`), then calls `sendMessage(data, config)`,
 * `getAuthorizationUri(payload, setSession)` or `getUserInfo(data, getSession)`.
 */
type Guard = { safeParse(value: unknown): { success: boolean; data?: unknown; error?: { issues: ZodLikeIssue[] } } };
type ZodLikeIssue = { path: Array<string | number>; message: string; code?: string; keys?: string[] };

export interface KitConnector {
  type: string;
  metadata: Record<string, unknown> & { id: string; target: string; name: Record<string, string> };
  configGuard: Guard;
  sendMessage?: (data: unknown, config?: unknown) => Promise<unknown>;
  getAuthorizationUri?: (payload: unknown, setSession: (session: unknown) => Promise<void>) => Promise<string>;
  getUserInfo?: (data: unknown, getSession: () => Promise<unknown>) => Promise<Record<string, unknown>>;
  getTokenResponseAndUserInfo?: (
    data: unknown,
    getSession: () => Promise<unknown>,
  ) => Promise<{ userInfo: Record<string, unknown>; tokenResponse?: Record<string, unknown> }>;
  getAccessTokenByRefreshToken?: (refreshToken: string) => Promise<Record<string, unknown>>;
}

export type CreateKitConnector = (options: {
  getConfig: (id: string) => Promise<unknown>;
  getI18nEmailTemplate?: (templateType?: unknown, locale?: unknown) => Promise<unknown>;
  getCloudServiceClient?: () => Promise<unknown>;
}) => Promise<KitConnector>;

const noCloud = () =>
  Promise.reject(new ConnectorError('not_implemented', 'Logto Cloud services are not available in Tessera.'));

/** Checks what Logto's loader checks: a type, metadata with id/target/name, a guard, the calls of the type. */
export function checkKitConnector(value: unknown): KitConnector {
  const connector = value as Partial<KitConnector> | undefined;
  const problems: string[] = [];
  if (!connector || typeof connector !== 'object') throw new Error('the default export did not create a connector');
  if (!['Email', 'Sms', 'Social'].includes(String(connector.type))) problems.push(`unknown type ${connector.type}`);
  const metadata = connector.metadata;
  if (!metadata?.id || !metadata.target || !metadata.name?.en) problems.push('metadata needs id, target and name.en');
  if (typeof connector.configGuard?.safeParse !== 'function') problems.push('configGuard is not a zod schema');
  const calls = connector.type === 'Social' ? ['getAuthorizationUri', 'getUserInfo'] : ['sendMessage'];
  for (const call of calls)
    if (typeof (connector as Record<string, unknown>)[call] !== 'function') problems.push(`${call} is missing`);
  if (problems.length > 0) throw new Error(problems.join('; '));
  return connector as KitConnector;
}

/** A zod 4 schema handing the value to the package's guard, so Tessera's config checks run unchanged. */
const guardSchema = (guard: Guard) =>
  z.unknown().transform((value, ctx) => {
    const result = guard.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error?.issues ?? [])
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        message: issue.keys ? `${issue.message} (${issue.keys.join(', ')})` : issue.message,
      });
    return z.NEVER;
  });

const kitCodes = new Set<string>(connectorErrorCodes);

/** The package's own ConnectorError (from its copy of the kit), a network failure, or a timeout, as Tessera's. */
function toConnectorError(error: unknown, provider: string): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const { code, data, message } = error as { code?: unknown; data?: unknown; message?: string };
  if (typeof code === 'string' && kitCodes.has(code)) {
    const detail = (data as { message?: unknown } | undefined)?.message;
    const text = typeof detail === 'string' ? detail : data === undefined ? code : JSON.stringify(data);
    return new ConnectorError(code as ConnectorError['code'], {
      message: `${provider}: ${text}`,
      provider,
      ...(typeof data === 'object' && data !== null && { details: data }),
    });
  }
  return new ConnectorError('general', {
    message: `${provider} could not be reached (${typeof code === 'string' ? code : (message ?? String(error))}).`,
    provider,
    upstream: 'network',
  });
}

/** The package's user info as Tessera's profile: text fields only when they hold text. */
function normalizeUserInfo(info: Record<string, unknown> | undefined, provider: string): SocialUserInfo {
  if (typeof info?.id !== 'string' || info.id === '')
    throw new ConnectorError('invalid_response', `${provider} answered no user id.`);
  const text = (key: string) => (typeof info[key] === 'string' && info[key] !== '' ? info[key] : undefined);
  return {
    id: info.id,
    email: text('email'),
    phone: text('phone'),
    name: text('name'),
    avatar: text('avatar'),
    rawData: info.rawData,
  };
}

/** A kit token response with an access token, else nothing (Logto keeps only those). */
const tokenResponseOf = (value: Record<string, unknown> | undefined): ProviderTokenResponse | undefined =>
  typeof value?.access_token === 'string' && value.access_token !== '' ? (value as ProviderTokenResponse) : undefined;

export interface AdapterOptions {
  timeoutMs: number;
  egress: EgressSettings;
}

/** Tessera's metadata for a package: paths to the logo and README already inlined by the loader. */
export function adaptKitConnector(
  create: CreateKitConnector,
  probe: KitConnector,
  metadata: ConnectorMetadata,
  packageName: string,
  options: AdapterOptions,
): Connector {
  const provider = metadata.name.en;
  const formItems = Array.isArray(probe.metadata.formItems)
    ? (probe.metadata.formItems as Array<Record<string, unknown>>)
    : undefined;

  /** Creates the package for one call, with that call's config, and runs it with the egress settings. */
  async function run<T>(
    config: unknown,
    runtime: ConnectorRuntime,
    call: (kit: KitConnector) => Promise<T>,
    template?: PasswordlessMessage['template'],
  ) {
    const timeoutMs = runtime.timeoutMs || options.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new ConnectorError('general', {
              message: `${provider} did not answer within ${timeoutMs / 1000} s; try again later.`,
              provider,
              upstream: 'timeout',
            }),
          ),
        timeoutMs,
      );
    });
    try {
      const work = runWithEgress(options.egress, async () =>
        call(
          await create({
            getConfig: async () => config,
            // The message's email template (custom, per language and usage type), as Logto hands it.
            getI18nEmailTemplate: async () => template,
            getCloudServiceClient: noCloud,
          }),
        ),
      );
      return await Promise.race([work, timeout]);
    } catch (error) {
      throw toConnectorError(error, provider);
    } finally {
      clearTimeout(timer);
    }
  }

  const base = {
    metadata,
    configSchema: guardSchema(probe.configGuard),
    configDescription: describeFormItems(formItems),
    ...(formItems && { formItems }),
    packageName,
  };
  if (probe.type === 'Social')
    return {
      ...base,
      type: 'Social',
      getAuthorizationUri: (input, config, runtime: SocialRuntime) =>
        run(config, runtime, (kit) =>
          (kit.getAuthorizationUri as NonNullable<KitConnector['getAuthorizationUri']>)(input, (session) =>
            runtime.setSession(session as Record<string, unknown>),
          ),
        ),
      getUserInfo: (data, config, runtime: SocialRuntime) =>
        run(config, runtime, async (kit) =>
          normalizeUserInfo(
            await (kit.getUserInfo as NonNullable<KitConnector['getUserInfo']>)(data, () => runtime.getSession()),
            provider,
          ),
        ),
      ...(metadata.isTokenStorageSupported && {
        getTokenResponseAndUserInfo: (data, config, runtime: SocialRuntime) =>
          run(config, runtime, async (kit) => {
            const read = kit.getTokenResponseAndUserInfo as NonNullable<KitConnector['getTokenResponseAndUserInfo']>;
            const { userInfo, tokenResponse } = await read(data, () => runtime.getSession());
            return { userInfo: normalizeUserInfo(userInfo, provider), tokenResponse: tokenResponseOf(tokenResponse) };
          }),
        getAccessTokenByRefreshToken: (refreshToken, config, runtime) =>
          run(config, runtime, async (kit) => {
            const refresh = kit.getAccessTokenByRefreshToken;
            if (!refresh) throw new ConnectorError('not_implemented', `${provider} cannot refresh tokens.`);
            const response = tokenResponseOf(await refresh(refreshToken));
            if (!response) throw new ConnectorError('invalid_response', `${provider} answered no access token.`);
            return response;
          }),
      }),
    };
  const type = probe.type === 'Email' ? 'Email' : 'Sms';
  return {
    ...base,
    type,
    sendMessage: async (message, config, runtime) => {
      await run(
        config,
        runtime,
        (kit) =>
          (kit.sendMessage as NonNullable<KitConnector['sendMessage']>)(
            { to: message.to, type: message.type, payload: message.payload },
            config,
          ),
        message.template,
      );
    },
  };
}
