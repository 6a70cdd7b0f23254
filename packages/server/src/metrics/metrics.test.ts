import { describe, expect, it } from 'vitest';
import { createMetrics, metricsOff } from './metrics.js';
import { signInResultOf } from './sign-in-results.js';

describe('metrics recorders', () => {
  it('exposes labelled counters and cumulative histogram buckets in the Prometheus text format', async () => {
    const metrics = createMetrics({ enabled: true, clusterWorker: false });
    metrics.tokenIssued('default', 'client_credentials');
    metrics.tokenIssued('default', 'client_credentials');
    metrics.tokenIssued('admin', 'made-up grant "with" quotes');
    for (const ms of [0.3, 2, 2, 4000])
      metrics.queryLog?.({
        level: 'query',
        queryDurationMillis: ms,
        query: { sql: 'select 1', parameters: [] },
      } as never);
    const text = await metrics.text();
    expect(text).toContain('tessera_tokens_issued_total{realm="default",grant_type="client_credentials"} 2');
    // Grant types come from requests: only known ones become labels.
    expect(text).toContain('tessera_tokens_issued_total{realm="admin",grant_type="other"} 1');
    expect(text).toContain('tessera_db_query_duration_seconds_bucket{result="ok",le="0.0005"} 1');
    expect(text).toContain('tessera_db_query_duration_seconds_bucket{result="ok",le="0.0025"} 3');
    expect(text).toContain('tessera_db_query_duration_seconds_bucket{result="ok",le="2.5"} 3');
    expect(text).toContain('tessera_db_query_duration_seconds_bucket{result="ok",le="+Inf"} 4');
    expect(text).toContain('tessera_db_query_duration_seconds_count{result="ok"} 4');
    expect(text).toContain('# TYPE tessera_db_query_duration_seconds histogram');
  });

  it('records nothing when off', async () => {
    expect(metricsOff.http).toBeUndefined();
    expect(metricsOff.queryLog).toBeUndefined();
    const write = () => undefined;
    expect(metricsOff.observeSignIns('default', write)).toBe(write);
  });
});

describe('sign-in results from the Experience API audit entries', () => {
  const failed = (key: string, code: string) => signInResultOf({ key, result: 'Error', error: { code } });

  it('counts a finished sign-in and classes refused credential checks', () => {
    expect(signInResultOf({ key: 'Interaction.SignIn.Submit', result: 'Success' })).toBe('success');
    expect(failed('Interaction.SignIn.Verification.Password.Submit', 'session.invalid_credentials')).toBe(
      'invalid_credentials',
    );
    expect(
      failed('Interaction.SignIn.Verification.Password.Submit', 'session.verification_blocked_too_many_attempts'),
    ).toBe('locked');
    expect(
      failed('Interaction.SignIn.Verification.EmailVerificationCode.Submit', 'verification_code.code_mismatch'),
    ).toBe('invalid_code');
    expect(failed('Interaction.SignIn.Verification.Totp.Submit', 'session.mfa.invalid_totp_code')).toBe('mfa_failed');
    expect(failed('Interaction.SignIn.Identifier.Submit', 'user.suspended')).toBe('suspended');
  });

  it('ignores other events, successful steps and next-step answers', () => {
    expect(signInResultOf({ key: 'Interaction.Register.Submit', result: 'Success' })).toBeUndefined();
    expect(
      signInResultOf({ key: 'Interaction.SignIn.Verification.Password.Submit', result: 'Success' }),
    ).toBeUndefined();
    expect(failed('Interaction.SignIn.Identifier.Submit', 'user.missing_profile')).toBeUndefined();
    expect(failed('Interaction.SignIn.Submit', 'user.missing_mfa')).toBeUndefined();
    expect(
      failed('Interaction.SignIn.Verification.EmailVerificationCode.Create', 'connector.not_found'),
    ).toBeUndefined();
    expect(signInResultOf({ key: 'ExchangeTokenBy.ClientCredentials', result: 'Success' })).toBeUndefined();
  });
});
