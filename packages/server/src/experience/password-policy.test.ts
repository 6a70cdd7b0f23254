import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it('accepts a long enough password', () => {
    expect(checkPassword('correct horse battery', ['alice'])).toEqual([]);
  });
  it('rejects short passwords with the minimum', () => {
    expect(checkPassword('shrt', [])).toEqual([{ code: 'password_rejected.too_short', interpolation: { min: 8 } }]);
  });
  it('rejects passwords that contain the identifier, case-insensitively', () => {
    expect(checkPassword('xxALICExx99', ['alice']).map((i) => i.code)).toEqual([
      'password_rejected.restricted.user_info',
    ]);
  });
});
