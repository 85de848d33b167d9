import * as contractsModule from '@oikeus/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildUrl, createApiClient, toApiError } from './api-client';

const contracts = async () => contractsModule;
import { ApiError } from './api-error';

type Call = { url: string; init: RequestInit };

function clientAnswering(status: number, body: unknown, locale: 'fi' | 'sv' | 'en' = 'en') {
  const calls: Call[] = [];
  const client = createApiClient({
    getLocale: () => locale,
    contracts,
    fetch: async (input, init) => {
      calls.push({ url: String(input), init: init ?? {} });
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      return new Response(status === 204 ? null : text, { status });
    },
  });
  return { client, calls };
}

describe('toApiError', () => {
  it('when the body is the API error shape, keeps its code, localised message and field details', () => {
    const error = toApiError(
      400,
      {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Tarkista lomakkeen tiedot.',
          details: [{ path: 'email', message: 'Anna sähköpostiosoite.' }],
        },
      },
      'en',
      contractsModule,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.status).toBe(400);
    expect(error.message).toBe('Tarkista lomakkeen tiedot.');
    expect(error.details).toEqual([{ path: 'email', message: 'Anna sähköpostiosoite.' }]);
  });

  it('when an unexpected server error carries a request id, the id is kept for support', () => {
    const error = toApiError(
      500,
      { error: { code: 'INTERNAL', message: 'Something went wrong.', requestId: 'abc-123' } },
      'en',
      contractsModule,
    );
    expect(error.requestId).toBe('abc-123');
  });

  it('when a proxy answers 429 with HTML, the code comes from the status and the message is in the person’s language', () => {
    const error = toApiError(429, '<html>Too many</html>', 'sv', contractsModule);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.message).toBe('För många försök. Vänta en stund och försök igen.');
    expect(error.details).toEqual([]);
  });

  it('when a gateway answers 502 without a body, it becomes UNAVAILABLE with the Finnish default', () => {
    const error = toApiError(502, undefined, 'fi', contractsModule);
    expect(error.code).toBe('UNAVAILABLE');
    expect(error.message).toBe(
      'Palvelu on hetken poissa käytöstä. Yritä hetken kuluttua uudelleen.',
    );
  });

  it('when an unexpected status without our error shape arrives, it becomes INTERNAL', () => {
    const error = toApiError(500, '<html>oops</html>', 'en', contractsModule);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe('Something went wrong. Please try again shortly.');
  });
});

describe('buildUrl', () => {
  it('leaves out empty values and repeats array values', () => {
    expect(
      buildUrl('/api/x', {
        q: '',
        status: ['received', 'in_progress'],
        offset: 0,
        type: undefined,
      }),
    ).toBe('/api/x?status=received&status=in_progress&offset=0');
  });

  it('without query values, returns the path unchanged', () => {
    expect(buildUrl('/api/x', { q: undefined })).toBe('/api/x');
  });
});

describe('createApiClient', () => {
  it('on a write, sends the CSRF header, JSON and same-origin credentials', async () => {
    const { client, calls } = clientAnswering(204, undefined);
    await client.request('/api/things', { method: 'POST', body: { a: 1 } });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['x-requested-with']).toBe('oikeus');
    expect(headers['content-type']).toBe('application/json');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[0]?.init.body).toBe('{"a":1}');
  });

  it('on a read, does not send the CSRF header', async () => {
    const { client, calls } = clientAnswering(200, { ok: true });
    await client.request('/api/things');
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['x-requested-with']).toBeUndefined();
  });

  it('when sending a file, lets the browser set the multipart content type', async () => {
    const { client, calls } = clientAnswering(204, undefined);
    const form = new FormData();
    form.append('body', 'hello');
    await client.request('/api/upload', { method: 'POST', body: form });
    const headers = calls[0]?.init.headers as Record<string, string>;
    expect(headers['content-type']).toBeUndefined();
    expect(calls[0]?.init.body).toBe(form);
  });

  it('accepts the schema as a promise, as from a dynamic import', async () => {
    const { client } = clientAnswering(200, { count: 3 });
    const result = await client.request('/api/count', {
      schema: Promise.resolve(z.object({ count: z.int() })),
    });
    expect(result).toEqual({ count: 3 });
  });

  it('parses the answer with the contract schema', async () => {
    const { client } = clientAnswering(200, { count: 3, extra: 'ignored' });
    const result = await client.request('/api/count', { schema: z.object({ count: z.int() }) });
    expect(result).toEqual({ count: 3 });
  });

  it('when the answer does not match the contract, fails with INTERNAL instead of passing bad data on', async () => {
    const { client } = clientAnswering(200, { count: 'three' });
    await expect(
      client.request('/api/count', { schema: z.object({ count: z.int() }) }),
    ).rejects.toMatchObject({
      code: 'INTERNAL',
      message: 'Something went wrong. Please try again shortly.',
    });
  });

  it('when the API answers an error, rejects with the typed ApiError', async () => {
    const { client } = clientAnswering(409, {
      error: { code: 'CONFLICT', message: 'Joku muu muutti tätä samaan aikaan.' },
    });
    await expect(client.request('/api/x', { method: 'PATCH', body: {} })).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
      message: 'Joku muu muutti tätä samaan aikaan.',
    });
  });

  it('when the network fails, rejects with NETWORK and a message in the person’s language', async () => {
    const client = createApiClient({
      getLocale: () => 'fi',
      contracts,
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(client.request('/api/x')).rejects.toMatchObject({
      code: 'NETWORK',
      status: 0,
      message: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    });
  });
});
