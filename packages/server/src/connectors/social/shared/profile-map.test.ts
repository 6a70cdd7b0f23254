import { describe, expect, it } from 'vitest';
import { authorizationUrl } from './authorization-request.js';
import { mapProfile, profileMapSchema, readPath } from './profile-map.js';

describe('profile map', () => {
  const raw = { 'user.id': 'dotted-key', data: { user: { id: 42, name: ' Ada ', mail: '', tags: ['x'] } } };

  it('reads nested paths, and a key holding dots as given first', () => {
    expect(readPath(raw, 'data.user.id')).toBe(42);
    expect(readPath(raw, 'user.id')).toBe('dotted-key');
    expect(readPath(raw, 'data.nope.id')).toBeUndefined();
    expect(readPath('text', 'length')).toBeUndefined();
  });

  it('maps a numeric id to text, trims values and leaves out empty or non-text ones', () => {
    const map = profileMapSchema.parse({
      id: 'data.user.id',
      name: 'data.user.name',
      email: 'data.user.mail',
      avatar: 'data.user.tags',
    });
    expect(mapProfile(raw, map, 'Acme')).toEqual({ id: '42', name: 'Ada', rawData: raw });
  });

  it('counts an e-mail or phone as verified only where the mapped flag says true', () => {
    const doc = { id: 1, email: 'a@b.test', phone: '123456', ok: true, text: 'TRUE', no: 'yes' };
    const unmapped = mapProfile(doc, profileMapSchema.parse({}), 'Acme');
    expect(unmapped).toMatchObject({ emailVerified: false, phoneVerified: false });
    const flagged = (emailVerified: string, phoneVerified: string) =>
      mapProfile(doc, profileMapSchema.parse({ emailVerified, phoneVerified }), 'Acme');
    expect(flagged('ok', 'text')).toMatchObject({ emailVerified: true, phoneVerified: true });
    expect(flagged('no', 'missing')).toMatchObject({ emailVerified: false, phoneVerified: false });
  });

  it('fills every field with its own name by default and refuses a document without an id', () => {
    const map = profileMapSchema.parse(undefined);
    expect(map).toEqual({ id: 'id', name: 'name', avatar: 'avatar', email: 'email', phone: 'phone' });
    expect(() => mapProfile({ name: 'x' }, map, 'Acme')).toThrow(/no "id" field.*profileMap\.id/);
  });
});

describe('authorization URL', () => {
  it('keeps the endpoint query, adds extra parameters, and lets none replace the protocol ones', () => {
    const url = new URL(
      authorizationUrl(
        'https://idp.test/authorize?tenant=t1',
        { state: 's', redirect_uri: 'https://tessera.test/callback/c', scope: undefined },
        { prompt: 'consent', state: 'forged' },
      ),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: 't1',
      prompt: 'consent',
      state: 's',
      redirect_uri: 'https://tessera.test/callback/c',
    });
  });
});
