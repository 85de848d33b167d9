// Object-level access control: a subject reaches only their own requests,
// messages and attachments, whatever ids they guess (DESIGN.md).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubjectMessage, SubjectRequestSummary } from '@oikeus/contracts';
import {
  callApi,
  signInSubject,
  signUpSubject,
  type PortalSubject,
} from '../support/portal-sign-in';
import { sampleRequestInputs, submitRequestAs } from '../support/portal-requests';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const received = new Date('2026-03-02T09:00:00Z');
const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

describe.each(testProviders)('a subject reaches only their own data on %s', (provider) => {
  let app: TestApp;
  let owner: PortalSubject;
  let intruder: PortalSubject;
  let ownersRequest: SubjectRequestSummary;
  let intrudersRequest: SubjectRequestSummary;
  let attachmentId: string;

  beforeAll(async () => {
    app = await startTestApp(provider, { now: received });
    owner = await signUpSubject(app, { name: 'Owner' });
    intruder = await signUpSubject(app, { name: 'Intruder' });
    ownersRequest = await submitRequestAs(app, owner, sampleRequestInputs.erasure);
    intrudersRequest = await submitRequestAs(app, intruder, sampleRequestInputs.access);
    const data = new FormData();
    data.append('body', 'Salainen liite');
    data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'secret.pdf');
    const res = await callApi<{ message: SubjectMessage }>(
      app,
      'POST',
      `/api/requests/${ownersRequest.id}/messages`,
      {
        headers: owner.headers,
        rawBody: data,
      },
    );
    attachmentId = res.body.message.attachments[0]?.id ?? '';
  });
  afterAll(() => app.close());

  const snapshot = async () => ({
    request: await app.ctx.db.prisma.rightsRequest.findUniqueOrThrow({
      where: { id: ownersRequest.id },
    }),
    messages: await app.ctx.db.prisma.requestMessage.count({
      where: { requestId: ownersRequest.id },
    }),
    attachments: await app.ctx.db.prisma.attachment.count({
      where: { requestId: ownersRequest.id },
    }),
    events: await app.ctx.db.prisma.requestEvent.count({ where: { requestId: ownersRequest.id } }),
  });

  it('when another subject lists requests, the owner’s request is not among them', async () => {
    const res = await callApi<{ requests: SubjectRequestSummary[] }>(app, 'GET', '/api/requests', {
      headers: intruder.headers,
    });
    expect(res.body.requests.map((r) => r.id)).toEqual([intrudersRequest.id]);
  });

  it('when another subject opens the owner’s request by id, the answer is the same 404 as for an id that does not exist', async () => {
    const theirs = await callApi(app, 'GET', `/api/requests/${ownersRequest.id}`, {
      headers: intruder.headers,
    });
    const nobodys = await callApi(app, 'GET', `/api/requests/${randomUUID()}`, {
      headers: intruder.headers,
    });
    const malformed = await callApi(app, 'GET', `/api/requests/1%20OR%201=1`, {
      headers: intruder.headers,
    });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(nobodys.body);
    expect(malformed.status).toBe(404);
  });

  it('when another subject writes to, withdraws or uploads to the owner’s request, nothing changes', async () => {
    const before = await snapshot();
    const message = await callApi(app, 'POST', `/api/requests/${ownersRequest.id}/messages`, {
      headers: intruder.headers,
      body: { body: 'Peruutan tämän' },
    });
    const data = new FormData();
    data.append('body', 'x');
    data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'x.pdf');
    const upload = await callApi(app, 'POST', `/api/requests/${ownersRequest.id}/messages`, {
      headers: intruder.headers,
      rawBody: data,
    });
    const withdraw = await callApi(app, 'POST', `/api/requests/${ownersRequest.id}/withdraw`, {
      headers: intruder.headers,
      body: { version: ownersRequest.version },
    });
    expect([message.status, upload.status, withdraw.status]).toEqual([404, 404, 404]);
    expect(await snapshot()).toEqual(before);
  });

  it('when another subject fetches the owner’s attachment, directly or through their own request id, it is not found', async () => {
    const direct = await callApi(
      app,
      'GET',
      `/api/requests/${ownersRequest.id}/attachments/${attachmentId}`,
      { headers: intruder.headers },
    );
    const mixed = await callApi(
      app,
      'GET',
      `/api/requests/${intrudersRequest.id}/attachments/${attachmentId}`,
      { headers: intruder.headers },
    );
    expect(direct.status).toBe(404);
    expect(mixed.status).toBe(404);
    expect(JSON.stringify(direct.body)).not.toContain('%PDF');
    // The owner still gets it.
    const own = await callApi(
      app,
      'GET',
      `/api/requests/${ownersRequest.id}/attachments/${attachmentId}`,
      { headers: owner.headers },
    );
    expect(own.status).toBe(200);
  });

  it('when nobody is signed in, every request endpoint answers 401', async () => {
    const anonymous = { 'content-type': 'application/json', 'x-requested-with': 'oikeus' };
    const calls = await Promise.all([
      callApi(app, 'GET', '/api/requests', { headers: anonymous }),
      callApi(app, 'GET', `/api/requests/${ownersRequest.id}`, { headers: anonymous }),
      callApi(app, 'POST', `/api/requests/${ownersRequest.id}/messages`, {
        headers: anonymous,
        body: { body: 'x' },
      }),
      callApi(app, 'GET', `/api/requests/${ownersRequest.id}/attachments/${attachmentId}`, {
        headers: anonymous,
      }),
      callApi(app, 'POST', `/api/requests/${ownersRequest.id}/withdraw`, {
        headers: anonymous,
        body: { version: 1 },
      }),
    ]);
    expect(calls.map((c) => c.status)).toEqual([401, 401, 401, 401, 401]);
  });

  it('when the owner signed out everywhere, the old session no longer opens the request', async () => {
    const stolen = await signInSubject(app, owner.email);
    app.clock.advance(1_000);
    const fresh = await signInSubject(app, owner.email);
    expect(
      (await callApi(app, 'POST', '/api/auth/sign-out-everywhere', { headers: fresh.headers }))
        .status,
    ).toBe(204);
    const res = await callApi(
      app,
      'GET',
      `/api/requests/${ownersRequest.id}/attachments/${attachmentId}`,
      { headers: stolen.headers },
    );
    expect(res.status).toBe(401);
  });

  it('when the owner’s session has expired, the request cannot be changed with it', async () => {
    app.clock.advance(60_000);
    const session = await signInSubject(app, owner.email);
    expect(
      (await callApi(app, 'GET', `/api/requests/${ownersRequest.id}`, { headers: session.headers }))
        .status,
    ).toBe(200);
    const before = await snapshot();
    app.clock.advance(13 * 3600_000);
    try {
      const res = await callApi(app, 'POST', `/api/requests/${ownersRequest.id}/withdraw`, {
        headers: session.headers,
        body: { version: ownersRequest.version },
      });
      expect(res.status).toBe(401);
      expect(await snapshot()).toEqual(before);
    } finally {
      app.clock.set(received);
    }
  });
});
