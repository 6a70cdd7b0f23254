import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeSignInServer, startCodeSignInServer } from './support/code-sign-in.js';
import { dialect } from './support/server.js';
import type { Browser } from './support/sign-in.js';

/**
 * Behind two proxies (TESSERA_TRUST_PROXY_HOPS=2), the client address the per-IP code-send limit
 * counts is the second entry from the right of X-Forwarded-For: what the client writes further
 * left, and which of our proxies relayed it, change nothing.
 */
describe(`client address behind trusted proxies (${dialect})`, () => {
  let env: CodeSignInServer;
  let browser: Browser;
  let sequence = 0;

  /** Sends a sign-in code to a new phone (so the per-phone limit never applies) through these proxies. */
  async function sendVia(forwardedFor: string) {
    // An interaction keeps at most 20 verifications: move to a new one now and then.
    if (sequence % 15 === 0) browser = await env.interaction();
    const response = await browser.request('/api/experience/verification/verification-code', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({
        identifier: { type: 'phone', value: `1555300${String(++sequence).padStart(4, '0')}` },
        interactionEvent: 'SignIn',
      }),
    });
    return { status: response.status, body: await response.json() };
  }

  beforeAll(async () => {
    env = await startCodeSignInServer({ TESSERA_TRUST_PROXY: 'true', TESSERA_TRUST_PROXY_HOPS: '2' });
  });
  afterAll(() => env.close());

  it('limits one client however it fills the left of X-Forwarded-For, and not a different client', async () => {
    // 30 codes per client address in the window; the spoofed entry and the relaying proxy vary each time.
    for (let i = 0; i < 30; i++) {
      const sent = await sendVia(`10.9.${i}.1, 203.0.113.7, 192.0.2.${i % 2}`);
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    }
    const limited = await sendVia('10.9.99.1, 203.0.113.7, 192.0.2.0');
    expect(limited).toMatchObject({ status: 429, body: { code: 'session.verification_blocked_too_many_attempts' } });
    expect((await sendVia('203.0.113.7, 198.51.100.8, 192.0.2.1')).status).toBe(200);
  });
});
