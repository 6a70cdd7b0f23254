import { Secret, TOTP } from 'otpauth';

/** TOTP as authenticator apps expect it (RFC 6238 defaults), shared by the Experience and Management APIs. */
export const totpPeriod = 30;

export function totpOf(secret: string, issuer: string, label = 'account'): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: totpPeriod,
  });
}

/** A new random secret (160 bits, base32). */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** A secret an admin hands in must be plain base32 and at least 80 bits long. */
export const isValidTotpSecret = (secret: string): boolean => /^[A-Z2-7]{16,128}$/.test(secret);

/** The otpauth:// URI of the secret as a QR code (PNG data URL), for the user to scan. */
export async function totpQrCode(secret: string, issuer: string, label: string): Promise<string> {
  // Loaded at the first enrolment, not at every start.
  const { default: QRCode } = await import('qrcode');
  return QRCode.toDataURL(totpOf(secret, issuer, label).toString());
}

/** The time step of the code when it is valid at `timestamp` (one step of drift either way), else undefined. */
export function matchingTotpStep(secret: string, code: string, timestamp: number): number | undefined {
  const delta = totpOf(secret, '').validate({ token: code.trim(), timestamp, window: 1 });
  return delta === null ? undefined : Math.floor(timestamp / 1000 / totpPeriod) + delta;
}
