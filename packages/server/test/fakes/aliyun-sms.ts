import { createHmac, randomUUID } from 'node:crypto';
import { expectHeader, type FakeReply, startHttpFake } from './http-fake.js';

/**
 * Aliyun SMS SendSms (RPC, version 2017-05-25). The fake recomputes the signature with its own
 * byte-wise encoder (written from the documented rule, not Tessera's code) and answers with
 * Aliyun's JSON bodies: `{Code: "OK", …}` or an error Code such as SignatureDoesNotMatch.
 */
export const aliyunAccount = { accessKeyId: 'LTAI5tFakeKeyId', accessKeySecret: 'aliyun-secret+value/with*chars' };

const unreserved = /[A-Za-z0-9\-_.~]/;
const encode = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 128 && unreserved.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

function expectedSignature(params: Array<[string, string]>, secret: string): string {
  const canonical = params
    .map(([name, value]) => [encode(name), encode(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return createHmac('sha1', `${secret}&`)
    .update(`POST&${encode('/')}&${encode(canonical)}`)
    .digest('base64');
}

const aliyunError = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { RequestId: randomUUID().toUpperCase(), HostId: 'dysmsapi.aliyuncs.com', Code: code, Message: message },
});

export async function startAliyunSmsFake() {
  const messages: Array<{ phone: string; signName: string; templateCode: string; templateParam: unknown }> = [];
  const nonces = new Set<string>();
  const fake = await startHttpFake((request, violation) => {
    if (request.method !== 'POST' || request.path !== '/') violation(`unexpected ${request.method} ${request.path}`);
    expectHeader(request, 'content-type', (value) => value.startsWith('application/x-www-form-urlencoded'), violation);
    const pairs = [...new URLSearchParams(request.body)];
    const params = Object.fromEntries(pairs);
    const fixed = {
      Action: 'SendSms',
      Version: '2017-05-25',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
    };
    for (const [name, value] of Object.entries(fixed))
      if (params[name] !== value) violation(`${name} is ${params[name]}, expected ${value}`);
    // Aliyun reads Format case-insensitively (Logto's own connector sends "json").
    if (params.Format?.toUpperCase() !== 'JSON') violation(`Format is ${params.Format}, expected JSON`);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '')) violation(`Timestamp ${params.Timestamp}`);
    if (Math.abs(Date.parse(params.Timestamp ?? '') - Date.now()) > 15 * 60_000) violation('Timestamp is stale');
    if (!params.SignatureNonce || nonces.has(params.SignatureNonce)) violation('SignatureNonce missing or reused');
    nonces.add(params.SignatureNonce ?? '');
    if (params.AccessKeyId !== aliyunAccount.accessKeyId)
      return aliyunError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    const unsigned = pairs.filter(([name]) => name !== 'Signature');
    if (params.Signature !== expectedSignature(unsigned, aliyunAccount.accessKeySecret))
      return aliyunError(400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
    if (!/^\d{5,20}$/.test(params.PhoneNumbers ?? ''))
      return aliyunError(200, 'isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
    if (params.PhoneNumbers === '8613900000009')
      return aliyunError(200, 'isv.BUSINESS_LIMIT_CONTROL', '触发分钟级流控Permits:1');
    let templateParam: unknown;
    try {
      templateParam = JSON.parse(params.TemplateParam ?? '');
    } catch {
      violation(`TemplateParam is not JSON: ${params.TemplateParam}`);
    }
    messages.push({
      phone: params.PhoneNumbers ?? '',
      signName: params.SignName ?? '',
      templateCode: params.TemplateCode ?? '',
      templateParam,
    });
    return {
      status: 200,
      body: { Message: 'OK', RequestId: randomUUID().toUpperCase(), Code: 'OK', BizId: '900619746936498440^0' },
    };
  });
  return Object.assign(fake, { messages });
}
