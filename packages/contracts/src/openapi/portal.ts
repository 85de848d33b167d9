// OpenAPI paths of the data-subject portal, from the same zod schemas the API parses with.
import { z } from 'zod';
import {
  postRequestMessageInputSchema,
  postRequestMessageResponseSchema,
  startAuthInputSchema,
  startAuthResponseSchema,
  subjectRequestDetailResponseSchema,
  subjectRequestListSchema,
  subjectSessionResponseSchema,
  submitRequestInputSchema,
  submitRequestResponseSchema,
  verifyAuthInputSchema,
  withdrawRequestInputSchema,
  withdrawRequestResponseSchema,
} from '../portal';
import { errorResponse, jsonContent, openApiRegistry } from './registry';

const csrfHeader = z.object({
  'x-requested-with': z.literal('oikeus').describe('Required on every write (CSRF guard).'),
});
const requestIdParams = z.object({ id: z.uuid() });
const sessionCookie = [{ sessionCookie: [] as string[] }];

openApiRegistry.registerComponent('securitySchemes', 'sessionCookie', {
  type: 'apiKey',
  in: 'cookie',
  name: 'oikeus_session',
  description: 'httpOnly session cookie set by POST /api/auth/verify.',
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/auth/start',
  tags: ['portal'],
  summary: 'Email a one-time sign-up or sign-in code and link.',
  description:
    'The answer is the same whether or not the address has an account. Codes and links last 10 minutes, allow 5 wrong codes and work once.',
  request: {
    headers: csrfHeader,
    body: { content: { 'application/json': { schema: startAuthInputSchema } } },
  },
  responses: {
    202: jsonContent(
      startAuthResponseSchema,
      'Email queued (or, for an unknown address, a note saying so).',
    ),
    400: errorResponse('Invalid input'),
    429: errorResponse('Too many attempts from this address or for this email'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/auth/verify',
  tags: ['portal'],
  summary: 'Exchange the emailed code or link token for a session cookie.',
  request: {
    headers: csrfHeader,
    body: { content: { 'application/json': { schema: verifyAuthInputSchema } } },
  },
  responses: {
    200: jsonContent(subjectSessionResponseSchema, 'Signed in; Set-Cookie carries the session.'),
    400: errorResponse('Code or link is wrong, used or expired'),
    429: errorResponse('Too many attempts'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/auth/me',
  tags: ['portal'],
  summary: 'The signed-in subject.',
  security: sessionCookie,
  responses: {
    200: jsonContent(subjectSessionResponseSchema, 'The account'),
    401: errorResponse('Not signed in'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/auth/sign-out',
  tags: ['portal'],
  summary: 'Sign out of this browser (clears the session cookie).',
  request: { headers: csrfHeader },
  responses: { 204: { description: 'Signed out' } },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/auth/sign-out-everywhere',
  tags: ['portal'],
  summary: 'End every session of this account on every device.',
  security: sessionCookie,
  request: { headers: csrfHeader },
  responses: { 204: { description: 'All sessions ended' }, 401: errorResponse('Not signed in') },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/requests',
  tags: ['portal'],
  summary: 'The subject’s own requests, newest first.',
  security: sessionCookie,
  responses: {
    200: jsonContent(subjectRequestListSchema, 'Requests'),
    401: errorResponse('Not signed in'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/requests',
  tags: ['portal'],
  summary:
    'Submit an access, rectification, erasure, restriction, objection or portability request.',
  description:
    'An objection to direct marketing (GDPR Art. 21(3)) takes effect at once: matching marketing permissions are set to prohibited in the same transaction.',
  security: sessionCookie,
  request: {
    headers: csrfHeader,
    body: { content: { 'application/json': { schema: submitRequestInputSchema } } },
  },
  responses: {
    201: jsonContent(submitRequestResponseSchema, 'Received; an acknowledgement email is queued.'),
    400: errorResponse('Invalid input, with field messages'),
    401: errorResponse('Not signed in'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/requests/{id}',
  tags: ['portal'],
  summary: 'One own request: status, deadline, timeline and messages.',
  security: sessionCookie,
  request: { params: requestIdParams },
  responses: {
    200: jsonContent(subjectRequestDetailResponseSchema, 'The request'),
    401: errorResponse('Not signed in'),
    404: errorResponse('No such request of yours'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/requests/{id}/messages',
  tags: ['portal'],
  summary: 'Send the handler a message, optionally with one PDF, PNG or JPEG file (≤ 5 MB).',
  security: sessionCookie,
  request: {
    headers: csrfHeader,
    params: requestIdParams,
    body: {
      content: {
        'application/json': { schema: postRequestMessageInputSchema },
        'multipart/form-data': {
          schema: z.object({
            body: z.string(),
            isIdentityAnswer: z.enum(['true', 'false']).optional(),
            file: z.string().optional().describe('binary'),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonContent(postRequestMessageResponseSchema, 'Message stored'),
    400: errorResponse('Invalid input'),
    401: errorResponse('Not signed in'),
    404: errorResponse('No such request of yours'),
    409: errorResponse('No identity question is open'),
    413: errorResponse('File too large'),
    415: errorResponse('File type not allowed'),
  },
});

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/requests/{id}/attachments/{attachmentId}',
  tags: ['portal'],
  summary: 'Download an attachment of one own request (always as a download, never inline).',
  security: sessionCookie,
  request: { params: z.object({ id: z.uuid(), attachmentId: z.uuid() }) },
  responses: {
    200: {
      description: 'The file',
      content: { 'application/octet-stream': { schema: z.string().describe('binary') } },
    },
    401: errorResponse('Not signed in'),
    404: errorResponse('No such attachment of yours'),
  },
});

openApiRegistry.registerPath({
  method: 'post',
  path: '/api/requests/{id}/withdraw',
  tags: ['portal'],
  summary: 'Withdraw an own request that is not yet closed.',
  security: sessionCookie,
  request: {
    headers: csrfHeader,
    params: requestIdParams,
    body: { content: { 'application/json': { schema: withdrawRequestInputSchema } } },
  },
  responses: {
    200: jsonContent(withdrawRequestResponseSchema, 'Withdrawn'),
    401: errorResponse('Not signed in'),
    404: errorResponse('No such request of yours'),
    409: errorResponse('Changed meanwhile, or already closed'),
  },
});
