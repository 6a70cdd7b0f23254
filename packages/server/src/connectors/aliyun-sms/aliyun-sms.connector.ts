import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  ConnectorError,
  type ConnectorErrorCode,
  defineConnector,
  findTemplate,
  secret,
  templateList,
  usageTypeField,
} from '../kit/index.js';
import { canonicalizedQuery, percentEncode, rpcSignature, rpcTimestamp } from './rpc-signature.js';

const provider = 'Aliyun SMS';

const configSchema = z
  .object({
    accessKeyId: z.string().min(1).max(128).describe('AccessKey ID of a RAM user allowed to send SMS'),
    accessKeySecret: secret(z.string().min(1).max(256), 'AccessKey secret of that RAM user'),
    signName: z.string().min(1).max(64).describe('An approved SMS signature name, e.g. 阿里云短信测试'),
    templates: templateList(
      z
        .object({
          usageType: usageTypeField,
          templateCode: z
            .string()
            .min(1)
            .max(64)
            // biome-ignore lint/suspicious/noTemplateCurlyInString: Aliyun's own template variable syntax.
            .describe('Code of an approved template (SMS_…) whose text holds the ${code} variable'),
        })
        .strict(),
      [],
    ).describe('Aliyun template codes by usage type'),
  })
  .strict();

/** Aliyun's answer codes, grouped by what the administrator has to do. */
const codeGroups: Array<[ConnectorErrorCode, string[], string]> = [
  [
    'authorization_failed',
    ['SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.Inactive', 'Forbidden.RAM'],
    'Check the AccessKey ID and secret, and that the RAM user may send SMS.',
  ],
  [
    'rate_limit_exceeded',
    ['isv.BUSINESS_LIMIT_CONTROL', 'isv.DAY_LIMIT_CONTROL', 'Throttling.User'],
    'Aliyun limits how often one number may receive messages; try again later.',
  ],
  ['usage_limit_exceeded', ['isv.AMOUNT_NOT_ENOUGH', 'isv.OUT_OF_SERVICE'], 'Top up the Aliyun account.'],
  [
    'invalid_config',
    ['isv.SMS_SIGNATURE_ILLEGAL', 'isv.SMS_TEMPLATE_ILLEGAL', 'isv.TEMPLATE_MISSING_PARAMETERS'],
    'Check the signature name and template codes in the Aliyun console.',
  ],
  ['invalid_request_parameters', ['isv.MOBILE_NUMBER_ILLEGAL'], 'Check the phone number.'],
];

const aliyunAnswer = z.object({ Code: z.string(), Message: z.string().optional(), RequestId: z.string().optional() });

function refusal(code: string, providerMessage: string | undefined, status: number): ConnectorError {
  const [errorCode, , hint] = codeGroups.find(([, codes]) => codes.includes(code)) ?? ['general', [], ''];
  return new ConnectorError(errorCode, {
    message: `Aliyun SMS refused the message (${code}: ${providerMessage ?? 'no message'}). ${hint}`.trim(),
    provider,
    providerStatus: status,
    providerCode: code,
    providerMessage,
  });
}

/** Aliyun Short Message Service: the SendSms RPC action (version 2017-05-25), signed with HMAC-SHA1. */
export const aliyunSms = defineConnector({
  type: 'Sms',
  apiBaseUrl: 'https://dysmsapi.aliyuncs.com',
  metadata: {
    id: 'aliyun-short-message-service',
    target: 'aliyun-sms',
    platform: null,
    name: { en: 'Aliyun Short Message Service', 'zh-CN': '阿里云短信服务' },
    description: { en: 'Send one-time codes by SMS through Alibaba Cloud (Aliyun) Short Message Service.' },
    logo: '/connectors/aliyun.svg',
    configExample: {
      accessKeyId: 'LTAI5tExampleKeyId',
      accessKeySecret: '<AccessKey secret>',
      signName: 'MyCompany',
      templates: [{ usageType: 'Generic', templateCode: 'SMS_123456789' }],
    },
  },
  configSchema,
  async sendMessage({ to, type, payload }, config, { http }) {
    const template = findTemplate(config.templates, type, provider);
    const params: Record<string, string> = {
      AccessKeyId: config.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      RegionId: 'cn-hangzhou',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: randomUUID(),
      SignatureVersion: '1.0',
      Timestamp: rpcTimestamp(new Date()),
      Version: '2017-05-25',
      PhoneNumbers: to.replace(/^\+/, ''),
      SignName: config.signName,
      TemplateCode: template.templateCode,
      TemplateParam: JSON.stringify({ code: payload.code }),
    };
    const signature = rpcSignature('POST', params, config.accessKeySecret);
    const response = await http.request('/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: `${canonicalizedQuery(params)}&Signature=${percentEncode(signature)}`,
    });
    // Aliyun answers most refusals with HTTP 200 and a Code other than OK.
    const answer = aliyunAnswer.safeParse(response.json);
    if (!answer.success)
      throw new ConnectorError(response.status >= 400 ? 'general' : 'invalid_response', {
        message: `Aliyun SMS answered HTTP ${response.status} with a body that is not its JSON answer.`,
        provider,
        providerStatus: response.status,
      });
    if (answer.data.Code !== 'OK') throw refusal(answer.data.Code, answer.data.Message, response.status);
  },
});
