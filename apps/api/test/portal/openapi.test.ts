import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('portal endpoints in the OpenAPI document', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite');
  });
  afterAll(() => app.close());

  it('when the document is generated, every portal endpoint is described from the shared schemas', async () => {
    const res = await fetch(`${app.url}/api/openapi.json`);
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /api/auth/start',
        'POST /api/auth/verify',
        'GET /api/auth/me',
        'POST /api/auth/sign-out',
        'POST /api/auth/sign-out-everywhere',
        'GET /api/requests',
        'POST /api/requests',
        'GET /api/requests/{id}',
        'POST /api/requests/{id}/messages',
        'GET /api/requests/{id}/attachments/{attachmentId}',
        'POST /api/requests/{id}/withdraw',
      ]),
    );
    const submit = doc.paths['/api/requests']?.post as {
      requestBody: { content: Record<string, { schema: unknown }> };
    };
    expect(JSON.stringify(submit.requestBody.content['application/json']?.schema)).toContain(
      'rectification',
    );
  });
});
