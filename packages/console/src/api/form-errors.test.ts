import { createApplicationSchema } from '@tessera/server/schemas';
import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { fieldErrorsFromApi, fieldErrorsOf } from './form-errors';

const invalid = { name: '', type: 'Desktop', oidcClientMetadata: { redirectUris: ['not a url'] } };

describe('form errors', () => {
  it("put the server schema's issues next to their fields", () => {
    const result = createApplicationSchema.safeParse(invalid);
    expect(result.success).toBe(false);
    const errors = fieldErrorsOf(result.error?.issues ?? []);
    expect(Object.keys(errors).sort()).toEqual(['name', 'oidcClientMetadata.redirectUris.0', 'type']);
    expect(errors.name).toMatch(/\w/);
  });

  it("read the same fields from the API's guard.invalid_input refusal", () => {
    const issues = createApplicationSchema.safeParse(invalid).error?.issues;
    // The body http/guard.ts sends for a body that fails its schema, as the client parses it.
    const body = JSON.parse(
      JSON.stringify({
        code: 'guard.invalid_input',
        message: 'The request body is invalid.',
        data: { issues, name: 'ZodError' },
      }),
    );
    const error = ApiError.of(new Response(null, { status: 400 }), body);
    expect(error).toMatchObject({ status: 400, code: 'guard.invalid_input', message: 'The request body is invalid.' });
    expect(fieldErrorsFromApi(error)).toEqual(fieldErrorsOf(issues ?? []));
  });

  it('name no field for other refusals', () => {
    const conflict = ApiError.of(new Response(null, { status: 422 }), {
      code: 'entity.unique_integrity_violation',
      message: 'The entity already exists.',
    });
    expect(fieldErrorsFromApi(conflict)).toBeUndefined();
    expect(fieldErrorsFromApi(new Error('offline'))).toBeUndefined();
    // A body of another shape (a proxy's HTML page) reads as the status line, never as markup.
    const proxy = ApiError.of(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '<html>');
    expect(proxy).toMatchObject({ code: 'request.failed', message: '502 Bad Gateway' });
  });
});
