// Factories for portal requests: submit through the real API as a signed-in
// subject (so deadlines, events, audit and mail are exactly as in production).
import type {
  SubjectRequestDetail,
  SubjectRequestSummary,
  SubmitRequestInput,
} from '@oikeus/contracts';
import { callApi, type PortalSubject } from './portal-sign-in';
import type { TestApp } from './test-app';

/** A valid input for each right; pass overrides to change fields. */
export const sampleRequestInputs = {
  access: { type: 'access', registers: ['customer', 'marketing'] },
  rectification: {
    type: 'rectification',
    registers: ['customer'],
    items: [{ field: 'street_address', currentValue: 'Vanhatie 1', correctValue: 'Uusitie 2' }],
  },
  erasure: { type: 'erasure', registers: ['marketing'], reason: 'En ole enää asiakas.' },
  restriction: {
    type: 'restriction',
    registers: ['customer'],
    ground: 'art18_1_a',
    explanation: 'Osoitteeni on väärin, kunnes se on korjattu.',
  },
  objection: { type: 'objection', channels: ['email', 'sms'] },
  portability: { type: 'portability', registers: ['customer'] },
} as const satisfies Record<SubmitRequestInput['type'], SubmitRequestInput>;

/** POST /api/requests as `subject`; throws unless the answer is 201. */
export async function submitRequestAs(
  app: TestApp,
  subject: PortalSubject,
  input: SubmitRequestInput = sampleRequestInputs.access,
): Promise<SubjectRequestSummary> {
  const res = await callApi<{ request: SubjectRequestSummary }>(app, 'POST', '/api/requests', {
    headers: subject.headers,
    body: input,
  });
  if (res.status !== 201)
    throw new Error(`POST /api/requests answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.request;
}

/** GET /api/requests/:id as `subject`; throws unless the answer is 200. */
export async function getRequestAs(
  app: TestApp,
  subject: PortalSubject,
  id: string,
): Promise<SubjectRequestDetail> {
  const res = await callApi<{ request: SubjectRequestDetail }>(app, 'GET', `/api/requests/${id}`, {
    headers: subject.headers,
  });
  if (res.status !== 200)
    throw new Error(`GET /api/requests/${id} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.request;
}

/**
 * What the staff console does when the handler asks for identity information:
 * status identity_pending and an open pause (written directly, for portal tests).
 */
export async function askForIdentity(
  app: TestApp,
  requestId: string,
  at = app.clock.now(),
): Promise<void> {
  await app.ctx.db.prisma.$transaction([
    app.ctx.db.prisma.rightsRequest.update({
      where: { id: requestId },
      data: { status: 'identity_pending', version: { increment: 1 } },
    }),
    app.ctx.db.prisma.requestSuspension.create({
      data: { requestId, startedAt: at, reason: 'identity information requested' },
    }),
    app.ctx.db.prisma.requestEvent.create({
      data: {
        requestId,
        // As the console writes it (request-core): the question itself is a message.
        type: 'identity_info_requested',
        actorType: 'staff',
        isVisibleToSubject: true,
        data: null,
        createdAt: at,
      },
    }),
  ]);
}
