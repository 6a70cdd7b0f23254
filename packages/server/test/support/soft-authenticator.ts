import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/**
 * A software WebAuthn authenticator for tests without a browser: a P-256 (ES256) key pair,
 * "none" attestation, and what @simplewebauthn/browser's startRegistration/startAuthentication
 * would hand back (RegistrationResponseJSON / AuthenticationResponseJSON).
 */

type CborValue = number | string | Uint8Array | Map<CborValue, CborValue>;

/** The few CBOR types a "none" attestation needs: integers, byte and text strings, maps. */
export function cbor(value: CborValue): Buffer {
  const head = (major: number, length: number): Buffer => {
    if (length < 24) return Buffer.from([(major << 5) | length]);
    if (length < 0x100) return Buffer.from([(major << 5) | 24, length]);
    if (length < 0x10000) return Buffer.from([(major << 5) | 25, length >> 8, length & 0xff]);
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(length, 1);
    return b;
  };
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([head(2, value.length), value]);
  const parts = [head(5, value.size)];
  for (const [k, v] of value) parts.push(cbor(k), cbor(v));
  return Buffer.concat(parts);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64url = (data: Buffer) => data.toString('base64url');

const flags = { userPresent: 0x01, userVerified: 0x04, attestedData: 0x40 };

export interface CeremonyOptions {
  challenge: string;
}

export interface Tampering {
  /** Origin written into clientDataJSON (default: the authenticator's). */
  origin?: string;
  /** Challenge written into clientDataJSON (default: the options'). */
  challenge?: string;
  /** Sign with this key instead of the credential's (a forged assertion). */
  signingKey?: KeyObject;
  /** Claim this credential id instead of our own. */
  credentialId?: Buffer;
  /** Hash this RP ID into the authenticator data (an assertion made for another site). */
  rpId?: string;
}

export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  readonly keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  counter = 0;

  constructor(
    readonly origin: string,
    readonly rpId = new URL(origin).hostname,
  ) {}

  get id(): string {
    return b64url(this.credentialId);
  }

  private clientData(type: 'webauthn.create' | 'webauthn.get', options: CeremonyOptions, tamper: Tampering) {
    return Buffer.from(
      JSON.stringify({
        type,
        challenge: tamper.challenge ?? options.challenge,
        origin: tamper.origin ?? this.origin,
        crossOrigin: false,
      }),
    );
  }

  private coseKey(): Buffer {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    return cbor(
      new Map<CborValue, CborValue>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x as string, 'base64url')],
        [-3, Buffer.from(jwk.y as string, 'base64url')],
      ]),
    );
  }

  private authData(flagBits: number, rpId: string, attested?: Buffer): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    return Buffer.concat([sha256(rpId), Buffer.from([flagBits]), counter, ...(attested ? [attested] : [])]);
  }

  /** What startRegistration() resolves to, for these creation options. */
  register(options: CeremonyOptions, tamper: Tampering = {}) {
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, this.coseKey()]);
    const authData = this.authData(
      flags.userPresent | flags.userVerified | flags.attestedData,
      tamper.rpId ?? this.rpId,
      attested,
    );
    const attestationObject = cbor(
      new Map<CborValue, CborValue>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]),
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(this.clientData('webauthn.create', options, tamper)),
        attestationObject: b64url(attestationObject),
        transports: ['internal'],
      },
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
    };
  }

  /** What startAuthentication() resolves to, for these request options; each use bumps the counter. */
  authenticate(options: CeremonyOptions, tamper: Tampering = {}) {
    this.counter += 1;
    const authData = this.authData(flags.userPresent | flags.userVerified, tamper.rpId ?? this.rpId);
    const clientDataJSON = this.clientData('webauthn.get', options, tamper);
    const signature = sign(
      'sha256',
      Buffer.concat([authData, sha256(clientDataJSON)]),
      tamper.signingKey ?? this.keys.privateKey,
    );
    const id = b64url(tamper.credentialId ?? this.credentialId);
    return {
      id,
      rawId: id,
      type: 'public-key',
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
      },
      clientExtensionResults: {},
    };
  }
}
