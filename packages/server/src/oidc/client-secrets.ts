import type Provider from 'oidc-provider';
import type { ApplicationsService } from '../applications/index.js';

/**
 * An application may hold several valid secrets (application_secrets), while oidc-provider knows
 * one per client. Its own client authentication stays in charge (Basic header in any letter case,
 * or `client_secret` in the body; `WWW-Authenticate: Basic` only when the client used Basic), and
 * only the comparison accepts any of the app's unexpired secrets, in constant time.
 */
export function acceptEveryValidSecret(
  provider: Provider,
  applications: Pick<ApplicationsService, 'findClient' | 'matchSecret'>,
): void {
  provider.Client.prototype.compareClientSecret = async function compareClientSecret(actual: string) {
    const record = await applications.findClient(this.clientId);
    return record !== undefined && applications.matchSecret(record, actual);
  };
}
