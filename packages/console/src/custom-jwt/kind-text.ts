import type { useI18n } from '../i18n/i18n';
import type { TokenKind } from './samples';

type T = ReturnType<typeof useI18n>['t'];

/** The name and explanation of a kind of token, in the console's language. */
export function kindText(t: T, kind: TokenKind): { name: string; about: string } {
  return kind === 'access-token'
    ? { name: t('customJwt.kind.accessToken'), about: t('customJwt.kind.accessToken.about') }
    : { name: t('customJwt.kind.clientCredentials'), about: t('customJwt.kind.clientCredentials.about') };
}
