import { describe, expect, it } from 'vitest';
import { checkLiteralHost, isPrivateAddress } from '../net/network-policy.js';
import { backoffMs } from './hooks.dispatcher.js';

describe('webhook destination policy', () => {
  it('treats loopback, private, link-local and unspecified addresses as private', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      '::',
      'fc00::1',
      'fd12:3456::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect(isPrivateAddress(address), address).toBe(true);
  });

  it('lets public addresses through', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it('refuses a private IP literal host (which never reaches a DNS lookup)', () => {
    expect(() => checkLiteralHost('[::1]')).toThrow(/refused/);
    expect(() => checkLiteralHost('10.0.0.1')).toThrow(/refused/);
    expect(() => checkLiteralHost('example.com')).not.toThrow();
  });
});

describe('webhook retry backoff', () => {
  it('doubles from the base delay and stops growing at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(40, 1000)).toBe(3_600_000);
  });
});
