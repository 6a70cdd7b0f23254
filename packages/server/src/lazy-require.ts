import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS dependency loaded on its first use rather than at start-up, synchronously, so a
 * sync caller needs no change. For libraries only some servers use (the SAML XML stack): the
 * others never pay their load time and memory.
 */
export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(specifier) as T;
    return loaded;
  };
}
