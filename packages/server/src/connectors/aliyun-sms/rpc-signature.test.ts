import { describe, expect, it } from 'vitest';
import { canonicalizedQuery, percentEncode, rpcSignature, rpcTimestamp, stringToSign } from './rpc-signature.js';

/**
 * The worked example of Aliyun's RPC signature documentation (ECS "Signature method" page:
 * DescribeRegions with AccessKeyId `testid` and AccessKeySecret `testsecret`).
 */
const example = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
};

describe('Aliyun RPC signature', () => {
  it('reproduces the documented StringToSign and signature', () => {
    expect(stringToSign('GET', example)).toBe(
      'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
        '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
        '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
    );
    expect(rpcSignature('GET', example, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('reproduces the older variant of the example that spells the parameter TimeStamp', () => {
    const { Timestamp, ...rest } = example;
    expect(rpcSignature('GET', { ...rest, TimeStamp: Timestamp }, 'testsecret')).toBe('CT9X0VtwR86fNWSnsc6v8YGOjuE=');
  });

  it('sorts by name whatever the insertion order', () => {
    const shuffled = Object.fromEntries(Object.entries(example).reverse());
    expect(canonicalizedQuery(shuffled)).toBe(canonicalizedQuery(example));
    expect(rpcSignature('GET', shuffled, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('percent-encodes by Aliyun’s rules', () => {
    expect(percentEncode('a b')).toBe('a%20b');
    expect(percentEncode('a*b')).toBe('a%2Ab');
    expect(percentEncode('a~b-_.')).toBe('a~b-_.');
    expect(percentEncode('a+b')).toBe('a%2Bb');
    expect(percentEncode("!'()")).toBe('%21%27%28%29');
    expect(percentEncode('/')).toBe('%2F');
    expect(percentEncode('{"code":"1"}')).toBe('%7B%22code%22%3A%221%22%7D');
    expect(percentEncode('阿里')).toBe('%E9%98%BF%E9%87%8C');
  });

  it('signs POST requests with POST in the string to sign', () => {
    expect(stringToSign('POST', { A: '1' })).toBe('POST&%2F&A%3D1');
    expect(rpcSignature('POST', example, 'testsecret')).not.toBe(rpcSignature('GET', example, 'testsecret'));
  });

  it('formats timestamps without milliseconds', () => {
    expect(rpcTimestamp(new Date(Date.UTC(2016, 1, 23, 12, 46, 24, 789)))).toBe('2016-02-23T12:46:24Z');
  });
});
