import {
  type CimdConfig,
  defaultIdTokenClaims,
  type ExtendedIdTokenClaim,
  type IdTokenConfig,
  type SessionConfig,
} from './configs.schemas.js';
import type { ConfigsStore } from './configs.store.js';

const keys = { session: 'oidc.session', idToken: 'idToken', adminConsole: 'adminConsole', cimd: 'cimd' } as const;

/** Logto's seeded admin console data. */
const defaultAdminConsole = { signInExperienceCustomized: false, organizationCreated: false };

/**
 * Tenant settings read on the token path (session lifetime, ID token claims): held in memory so
 * the provider reads them without a query, written through here, and reloaded from the database
 * whenever another node publishes a change (and on the key reload tick).
 */
export function createConfigsService(deps: {
  store: ConfigsStore;
  defaultSessionTtl: number;
  /** After a write: other nodes load again. */
  onChange?: () => void;
}) {
  const { store } = deps;
  const changed = <T>(value: T): T => {
    deps.onChange?.();
    return value;
  };
  let session: SessionConfig = { ttl: deps.defaultSessionTtl };
  let idToken: IdTokenConfig = { enabledExtendedClaims: defaultIdTokenClaims };
  let idTokenClaims = new Set<ExtendedIdTokenClaim>(idToken.enabledExtendedClaims);
  let cimd: CimdConfig = { enabled: false };

  const setIdToken = (value: IdTokenConfig) => {
    idToken = value;
    idTokenClaims = new Set(value.enabledExtendedClaims);
    return value;
  };

  return {
    async load(): Promise<void> {
      const [storedSession, storedIdToken, storedCimd] = await Promise.all([
        store.read<SessionConfig>(keys.session),
        store.read<IdTokenConfig>(keys.idToken),
        store.read<CimdConfig>(keys.cimd),
      ]);
      session = { ttl: storedSession?.ttl ?? deps.defaultSessionTtl };
      if (storedIdToken) setIdToken(storedIdToken);
      cimd = { enabled: storedCimd?.enabled === true };
    },
    /** Seconds a sign-in session lasts (oidc-provider's `ttl.Session`). */
    sessionTtl: () => session.ttl,
    /** The extended claims the ID token carries. */
    idTokenClaims: (): ReadonlySet<string> => idTokenClaims,

    getSession: () => session,
    async updateSession(patch: Partial<SessionConfig>): Promise<SessionConfig> {
      session = await store.write<SessionConfig>(keys.session, (current) => ({
        ttl: current?.ttl ?? deps.defaultSessionTtl,
        ...patch,
      }));
      return changed(session);
    },
    /** Whether an https URL client_id is resolved as a Client ID Metadata Document (off by default). */
    cimdEnabled: () => cimd.enabled,
    getCimd: () => cimd,
    async updateCimd(patch: Partial<CimdConfig>): Promise<CimdConfig> {
      cimd = await store.write<CimdConfig>(keys.cimd, (current) => ({ enabled: current?.enabled === true, ...patch }));
      return changed(cimd);
    },
    getIdToken: () => idToken,
    async putIdToken(value: IdTokenConfig): Promise<IdTokenConfig> {
      return changed(setIdToken(await store.write<IdTokenConfig>(keys.idToken, () => value)));
    },
    async getAdminConsole(): Promise<Record<string, unknown>> {
      return (await store.read<Record<string, unknown>>(keys.adminConsole)) ?? defaultAdminConsole;
    },
    updateAdminConsole: (patch: Record<string, unknown>) =>
      store.write<Record<string, unknown>>(keys.adminConsole, (current) => ({
        ...(current ?? defaultAdminConsole),
        ...patch,
      })),
  };
}
export type ConfigsService = ReturnType<typeof createConfigsService>;
