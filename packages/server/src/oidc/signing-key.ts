import { createPrivateKey, createPublicKey, type KeyObject, sign } from 'node:crypto';
import type { JWK } from 'jose';
import { ExternalSigningKey } from 'oidc-provider';

/**
 * oidc-provider's `features.externalSigningSupport` acknowledgement for the release pinned in
 * package.json; a release that changes the experimental API refuses to start rather than
 * misbehave, and this string moves with the pin.
 */
export const externalSigningAck = 'experimental-01';

/**
 * A signing key that signs with node:crypto in the calling thread. oidc-provider otherwise
 * signs through jose's WebCrypto path, a thread-pool job per token that costs about twice
 * the CPU of the signature itself, on every token response.
 */
export class NodeSigningKey extends ExternalSigningKey {
  readonly #privateKey: KeyObject;
  readonly #publicKey: KeyObject;

  constructor(jwk: JWK) {
    super();
    if (jwk.kty !== 'EC' || jwk.alg !== 'ES256') throw new Error(`unsupported signing key ${jwk.kty}/${jwk.alg}`);
    this.#privateKey = createPrivateKey({ key: jwk as never, format: 'jwk' });
    this.#publicKey = createPublicKey(this.#privateKey);
    Object.assign(this, { kid: jwk.kid, alg: jwk.alg });
  }

  override keyObject(): KeyObject {
    return this.#publicKey;
  }

  /** JWS wants the raw r‖s form (IEEE P1363), not DER. */
  override sign(data: Uint8Array): Uint8Array {
    return sign('sha256', data, { key: this.#privateKey, dsaEncoding: 'ieee-p1363' });
  }
}
