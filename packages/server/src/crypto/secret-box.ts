import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets at rest (client secrets, signing keys, connector secrets) with
 * AES-256-GCM under the master key. Format: `v1.<iv>.<tag>.<ciphertext>` in base64url.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export class SecretBoxError extends Error {}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new SecretBoxError('The master key must be 32 bytes.');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined)
        throw new SecretBoxError('Unknown sealed secret format.');
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'A stored secret cannot be decrypted: TESSERA_MASTER_KEY differs from the key the data was written with.',
        );
      }
    },
  };
}

/** The master key from TESSERA_MASTER_KEY or the data folder's `master.key`, without creating one. */
export function findMasterKey(configured: string | undefined, dataDir: string): Buffer | undefined {
  if (configured) {
    const key = Buffer.from(configured, /[+/]/.test(configured) ? 'base64' : 'base64url');
    if (key.length !== 32) throw new SecretBoxError('TESSERA_MASTER_KEY must decode to exactly 32 bytes.');
    return key;
  }
  try {
    return Buffer.from(fs.readFileSync(path.join(dataDir, 'master.key'), 'utf8').trim(), 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return undefined;
  }
}

/**
 * The master key comes from TESSERA_MASTER_KEY, or from `master.key` in the data folder,
 * created with mode 0600 on first start (in a 0700 folder when Tessera creates the folder). Several nodes on one database must share the env value.
 */
export function loadMasterKey(configured: string | undefined, dataDir: string): Buffer {
  const found = findMasterKey(configured, dataDir);
  if (found) return found;
  const file = path.join(dataDir, 'master.key');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32);
  try {
    fs.writeFileSync(file, `${key.toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64url');
    throw error;
  }
}
