import { describe, expect, it } from 'vitest';
import { fieldPaths, type JsonSchema, labelOf, newDraft, objectDraft, toConfig } from './config-draft';

const templates: JsonSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    properties: { usageType: { type: 'string', enum: ['Generic', 'SignIn'] }, content: { type: 'string' } },
    required: ['usageType', 'content'],
    additionalProperties: false,
  },
};

const schema: JsonSchema = {
  type: 'object',
  properties: {
    host: { type: 'string' },
    port: { type: 'integer', default: 587 },
    secure: { type: 'boolean' },
    auth: {
      type: 'object',
      properties: { user: { type: 'string' }, pass: { type: 'string', secret: true } },
      required: ['user', 'pass'],
      additionalProperties: false,
    },
    responseType: { type: 'string', const: 'code', default: 'code' },
    customConfig: { type: 'object', additionalProperties: { type: 'string' } },
    templates,
  },
  required: ['host', 'templates'],
  additionalProperties: false,
};

describe('connector config drafts from the factory schema', () => {
  it('starts from defaults and the example’s lists, and leaves constant fields to the server', () => {
    const draft = newDraft(
      schema,
      JSON.stringify({ host: 'example', templates: [{ usageType: 'Generic', content: 'x {{code}}' }] }),
    );
    expect(draft).toEqual({
      host: '',
      port: '587',
      secure: false,
      auth: { user: '', pass: '' },
      customConfig: '',
      templates: [{ usageType: 'Generic', content: 'x {{code}}' }],
    });
  });

  it('turns a filled draft back into the config: numbers, nested objects, JSON fields; empty optional objects left out', () => {
    const draft = objectDraft(schema, {
      host: 'smtp.test',
      port: 25,
      templates: [{ usageType: 'SignIn', content: 'c' }],
    });
    draft.customConfig = '{"prompt": "consent"}';
    expect(toConfig(schema, draft)).toEqual({
      config: {
        host: 'smtp.test',
        port: 25,
        secure: false,
        customConfig: { prompt: 'consent' },
        templates: [{ usageType: 'SignIn', content: 'c' }],
      },
      problems: {},
    });
  });

  it('names what is missing or unreadable by its path, before anything is sent', () => {
    const draft = objectDraft(schema, { port: 'x', auth: { user: 'me' }, templates: [{ usageType: 'Generic' }] });
    draft.port = 'twenty';
    draft.customConfig = '{not json';
    expect(toConfig(schema, draft).problems).toEqual({
      host: 'required',
      port: 'number',
      'auth.pass': 'required',
      customConfig: 'json',
      'templates.0.content': 'required',
    });
    expect(fieldPaths(schema, draft)).toEqual([
      'host',
      'port',
      'secure',
      'auth',
      'auth.user',
      'auth.pass',
      'customConfig',
      'templates',
      'templates.0',
      'templates.0.usageType',
      'templates.0.content',
    ]);
  });

  it('labels fields from their keys, acronyms in capitals', () => {
    expect(labelOf('accountSID')).toBe('Account SID');
    expect(labelOf('fromMessagingServiceSID')).toBe('From messaging service SID');
    expect(labelOf('clientId')).toBe('Client ID');
    expect(labelOf('pass')).toBe('Password');
    expect(labelOf('userInfoEndpoint')).toBe('User info endpoint');
    expect(labelOf('clientSecretJwtSigningAlgorithm')).toBe('Client secret JWT signing algorithm');
  });
});
